package org.cciais.platform.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormErrors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 企业密码变更 (manual 5.2) and the same page for every other role: the current password is checked, the new one
 * replaces it, every session and token of the account ends and the browser goes back to the log-in page.
 */
@Controller
class PasswordController {

	private final AccountManagement accounts;

	PasswordController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	static class PasswordForm {

		private String currentPassword;
		private String newPassword;
		private String confirmPassword;

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmPassword() {
			return confirmPassword;
		}

		public void setConfirmPassword(String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}
	}

	@InitBinder("form")
	void allowed(WebDataBinder binder) {
		binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
	}

	@GetMapping("/account/password")
	String page(@ModelAttribute("form") PasswordForm form) {
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) {
		if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
			FormErrors.reject(result, "currentPassword", "account.password.currentRequired");
		}
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			FormErrors.reject(result, "confirmPassword", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				accounts.changePassword(me, form.getCurrentPassword(), form.getNewPassword());
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		if (result.hasErrors()) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setConfirmPassword(null);
			return "account/password";
		}
		// The service already ended every stored session; this also drops the one of this browser.
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/login?changed";
	}
}
