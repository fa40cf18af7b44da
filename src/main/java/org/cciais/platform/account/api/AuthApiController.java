package org.cciais.platform.account.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.TokenGrant;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AuthApiController {

	private final AccountManagement accounts;

	AuthApiController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	record Credentials(@NotBlank(message = "{account.username.required}") String username,
			@NotBlank(message = "{account.password.required}") String password) {
	}

	record PasswordChange(@NotBlank(message = "{account.password.required}") String currentPassword,
			@NotBlank(message = "{account.password.required}") String newPassword) {
	}

	record Me(String username, String role, String displayName, Long enterpriseId, Long organizationId) {
	}

	@PostMapping("/auth/token")
	TokenGrant token(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
		return accounts.issueToken(credentials.username(), credentials.password(), request.getRemoteAddr());
	}

	@GetMapping("/me")
	Me me(PlatformPrincipal me) {
		return new Me(me.username(), me.role().name(), me.displayName(), me.enterpriseId(), me.organizationId());
	}

	@PostMapping("/me/password")
	ResponseEntity<Void> changePassword(PlatformPrincipal me, @Valid @RequestBody PasswordChange change) {
		accounts.changePassword(me, change.currentPassword(), change.newPassword());
		return ResponseEntity.noContent().build();
	}
}
