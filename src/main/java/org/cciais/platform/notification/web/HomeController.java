package org.cciais.platform.notification.web;

import java.util.List;

import org.cciais.platform.notification.internal.NoticeBoard;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.web.PageLinks;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public face: home page (login box, notices, certificate check, the process of figure 5) and notices. */
@Controller
class HomeController {

	/** One step of figure 5 (资质申请流程). */
	record Step(int number, String title, String text) {
	}

	static final List<Step> PROCESS = List.of(
			new Step(1, "填写资质申请", "选择申请行业、评审机构及咨询机构，基本信息取自企业注册信息，提交评审机构受理。"),
			new Step(2, "申请资料上传", "评审机构受理后 7 天内上传 PDF 格式的申请材料，可暂存，提交后进入文件审核。"),
			new Step(3, "文件审核", "评审员审核申请材料：通过进入现场审核；不通过须上传整改文件（rar）。"),
			new Step(4, "现场审核", "评审员与企业约定现场审核时间：通过提交评审机构确认；不通过须整改。"),
			new Step(5, "评审机构确认", "评审机构对申请材料和评审意见审核确认，提交协会进行专家终审。"),
			new Step(6, "专家终审", "专家委员会进行终审。"),
			new Step(7, "完成", "终审通过后颁发电子证书，可在“证书查询”或首页“查询中心”查询。"));

	static final int PAGE_SIZE = 20;

	private final NoticeBoard notices;

	HomeController(NoticeBoard notices) {
		this.notices = notices;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("notices", notices.latest(5));
		model.addAttribute("steps", PROCESS);
		return "home";
	}

	@GetMapping("/notices")
	String notices(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notices", notices.publicPage(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("pageBase", PageLinks.base());
		return "notification/notices";
	}

	@GetMapping("/notices/{id}")
	String notice(@PathVariable long id, Model model) {
		model.addAttribute("notice", notices.find(id).orElseThrow(() -> new NotFoundException("error.notFound")));
		return "notification/notice";
	}

	/** The attachment of a public notice, streamed; 404 for a draft, a future notice or none attached. */
	@GetMapping("/notices/{id}/attachment")
	ResponseEntity<Resource> attachment(@PathVariable long id) {
		return NoticeDownloads.response(
				notices.publicAttachment(id).orElseThrow(() -> new NotFoundException("error.notFound")));
	}
}
