package org.cciais.platform.notification.web;

import org.cciais.platform.notification.internal.NotificationCenter;
import org.cciais.platform.notification.internal.NotificationView;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知提醒 (manual 3.2): the caller's to-dos and notices; clicking one opens its action page. */
@Controller
class NotificationController {

	private final NotificationCenter center;
	private final MessageSource messages;

	NotificationController(NotificationCenter center, MessageSource messages) {
		this.center = center;
		this.messages = messages;
	}

	@GetMapping("/notifications")
	String list(ListParams list, PlatformPrincipal me, Model model, jakarta.servlet.http.HttpServletRequest request) {
		var page = center.page(me.accountId(), list.page(NotificationCenter.SORT, request));
		model.addAttribute("page", page);
		model.addAttribute("notifications", page.getContent());
		model.addAttribute("pendingCount", center.pendingCount(me.accountId()));
		return "notification/list";
	}

	/** Marks the notification read and goes where it points; someone else's notification is not found. */
	@GetMapping("/notifications/{id}/open")
	String open(PlatformPrincipal me, @PathVariable long id) {
		NotificationView n = center.markRead(id, me.accountId());
		return "redirect:" + (isLocalPath(n.link()) ? n.link() : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(PlatformPrincipal me, RedirectAttributes redirect) {
		center.markAllRead(me.accountId());
		redirect.addFlashAttribute("success",
				messages.getMessage("notification.page.allRead", null, LocaleContextHolder.getLocale()));
		return "redirect:/notifications";
	}

	/* Links are written by this module, but a redirect must never leave the site whatever a row holds. */
	private static boolean isLocalPath(String link) {
		return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
				&& !link.contains("\r") && !link.contains("\n");
	}
}
