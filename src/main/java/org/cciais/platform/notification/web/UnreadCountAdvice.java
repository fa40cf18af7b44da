package org.cciais.platform.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.notification.internal.NotificationCenter;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page of a logged-in user {@code unreadCount}, the badge beside 通知提醒 in the layout. */
@ControllerAdvice
class UnreadCountAdvice {

	private final NotificationCenter center;

	UnreadCountAdvice(NotificationCenter center) {
		this.center = center;
	}

	@ModelAttribute
	void unreadCount(PlatformPrincipal me, HttpServletRequest request, Model model) {
		if (me != null && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			model.addAttribute("unreadCount", center.unreadCount(me.accountId()));
		}
	}
}
