package org.cciais.platform.account.web;

import org.cciais.platform.account.PasswordResetManagement;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 找回登录名或密码 (manual 3.1.3): explains the e-mail to the association, and offers a one-time reset link by
 * e-mail. The answer to a request is always the same, whether the login name exists or not.
 */
@Controller
class PasswordResetController {

	private final PasswordResetManagement resets;

	PasswordResetController(PasswordResetManagement resets) {
		this.resets = resets;
	}

	static class NewPasswordForm {

		private String newPassword;
		private String confirmPassword;

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
		binder.setAllowedFields("newPassword", "confirmPassword");
	}

	@GetMapping("/password-reset")
	String page(Model model) {
		model.addAttribute("mailAvailable", resets.mailAvailable());
		return "account/password-reset";
	}

	@PostMapping("/password-reset")
	String request(@RequestParam(required = false) String username, Model model) {
		resets.request(username);
		model.addAttribute("mailAvailable", resets.mailAvailable());
		model.addAttribute("requested", true);
		return "account/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String linkPage(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, Model model) {
		model.addAttribute("valid", resets.isValid(token));
		model.addAttribute("token", token);
		return "account/password-reset-link";
	}

	@PostMapping("/password-reset/{token}")
	String complete(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, BindingResult result,
			Model model) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			FormErrors.reject(result, "confirmPassword", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				resets.complete(token, form.getNewPassword());
				return "redirect:/login?reset";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		form.setNewPassword(null);
		form.setConfirmPassword(null);
		model.addAttribute("valid", resets.isValid(token));
		model.addAttribute("token", token);
		return "account/password-reset-link";
	}
}
