package org.cciais.platform.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ErrorHandling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of a logged-in user {@code unreadCount}, the badge beside 通知提醒 in the layout. One count in
 * plain SQL outside any transaction: every page pays it, and through the JPA service's read-write transaction it
 * cost a tenth of a simple page (bench/RESULTS.md, 2026-12-03).
 */
@ControllerAdvice
class UnreadCountAdvice {

	private final JdbcClient jdbc;

	UnreadCountAdvice(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ModelAttribute
	void unreadCount(PlatformPrincipal me, HttpServletRequest request, Model model) {
		if (me != null && !ErrorHandling.isApi(request)) {
			model.addAttribute("unreadCount", jdbc
				.sql("select count(*) from notifications where account_id = ? and read_at is null")
				.param(me.accountId())
				.query(Long.class)
				.single());
		}
	}
}
