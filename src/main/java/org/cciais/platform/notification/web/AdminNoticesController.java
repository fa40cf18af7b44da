package org.cciais.platform.notification.web;

import org.cciais.platform.notification.internal.NoticeBoard;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知公告 administration: publish and delete the association's notices. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminNoticesController {

	public static class NoticeForm {

		private String title;
		private String body;

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}
	}

	private final NoticeBoard notices;

	AdminNoticesController(NoticeBoard notices) {
		this.notices = notices;
	}

	@InitBinder("form")
	void allowed(WebDataBinder binder) {
		binder.setAllowedFields("title", "body");
	}

	@GetMapping("/admin/notices")
	String page(Model model) {
		model.addAttribute("form", new NoticeForm());
		return show(model);
	}

	@PostMapping("/admin/notices")
	String publish(@ModelAttribute("form") NoticeForm form, BindingResult result, PlatformPrincipal me, Model model,
			RedirectAttributes redirect) {
		try {
			var notice = notices.publish(form.getTitle(), form.getBody(), me);
			redirect.addFlashAttribute("success", "已发布通知“" + notice.title() + "”。");
			return "redirect:/admin/notices";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return show(model);
		}
	}

	@PostMapping("/admin/notices/{id}/delete")
	String delete(@PathVariable long id, PlatformPrincipal me, RedirectAttributes redirect) {
		notices.delete(id, me);
		redirect.addFlashAttribute("success", "已删除通知。");
		return "redirect:/admin/notices";
	}

	private String show(Model model) {
		model.addAttribute("notices", notices.all(200));
		return "admin/notices";
	}
}
