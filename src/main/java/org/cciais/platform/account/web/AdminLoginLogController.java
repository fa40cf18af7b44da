package org.cciais.platform.account.web;

import org.cciais.platform.account.LoginLog;
import org.cciais.platform.account.LoginResult;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.web.DateRanges;
import org.cciais.platform.shared.web.PageLinks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 登录日志: who logged in or out, failed or was locked out, from where and with which browser. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminLoginLogController {

	private final LoginLog log;
	private final MessageSource messages;

	AdminLoginLogController(LoginLog log, MessageSource messages) {
		this.log = log;
		this.messages = messages;
	}

	@GetMapping("/admin/login-log")
	String page(@RequestParam(required = false) String username, @RequestParam(required = false) LoginResult result,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("username", username);
		model.addAttribute("result", result);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("results", LoginResult.values());
		model.addAttribute("pageBase", PageLinks.base());
		try {
			model.addAttribute("entries",
					log.search(username, result, DateRanges.from(from), DateRanges.to(to), Math.max(page, 0), 20));
		}
		catch (InvalidInputException ex) {
			// the filters stay as typed, with the message beside the form, and an empty list
			model.addAttribute("filterError", ex.problems().isEmpty() ? null
					: messages.getMessage(ex.problems().get(0).messageKey(), ex.problems().get(0).args(),
							LocaleContextHolder.getLocale()));
			model.addAttribute("entries", Page.empty());
		}
		return "admin/login-log";
	}
}
