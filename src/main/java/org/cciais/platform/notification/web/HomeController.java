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

	/** One step of figure 5 (资质申请流程); its words are {@code home.process.N.title} and {@code .text}. */
	record Step(int number) {

		public String titleKey() {
			return "home.process." + number + ".title";
		}

		public String textKey() {
			return "home.process." + number + ".text";
		}
	}

	static final List<Step> PROCESS = java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(Step::new).toList();

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
