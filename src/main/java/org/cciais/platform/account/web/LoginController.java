package org.cciais.platform.account.web;

import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(PlatformPrincipal me) {
		return me == null ? "account/login" : "redirect:/portal";
	}

	/** After log-in every role lands on its own home. */
	@GetMapping("/portal")
	String portal(PlatformPrincipal me) {
		return switch (me.role()) {
			case ENTERPRISE, PERSON, REVIEW_ORG, REVIEWER, CONSULTANT, EXPERT -> "redirect:/notifications";
			case ADMIN -> "redirect:/admin";
		};
	}
}
