package org.cciais.platform.notification.web;

import org.cciais.platform.notification.internal.MailOutbox;
import org.cciais.platform.notification.internal.OutboxMail;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 邮件发送记录: the outbox, failed mails first, with a resend button. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminMailsController {

	private final MailOutbox outbox;
	private final MessageSource messages;

	AdminMailsController(MailOutbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	@GetMapping("/admin/mails")
	String page(@RequestParam(defaultValue = "FAILED") String status, ListParams list, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		OutboxMail.Status selected;
		try {
			selected = "ALL".equals(status) ? null : OutboxMail.Status.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			selected = OutboxMail.Status.FAILED;
		}
		model.addAttribute("selected", selected == null ? "ALL" : selected.name());
		var page = outbox.list(selected, list.page(MailOutbox.SORT, request));
		model.addAttribute("page", page);
		model.addAttribute("mails", page.getContent());
		return "admin/mails";
	}

	@PostMapping("/admin/mails/{id}/resend")
	String resend(@PathVariable long id, PlatformPrincipal me, RedirectAttributes redirect) {
		var mail = outbox.resend(id, me);
		redirect.addFlashAttribute("success", messages.getMessage(mail.status() == OutboxMail.Status.SENT
				? "notification.mail.resent" : "notification.mail.requeued", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/mails?status=ALL";
	}
}
