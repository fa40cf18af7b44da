package org.cciais.platform.account.api;

import java.util.Map;

import org.cciais.platform.account.PasswordResetManagement;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Self-service reset by e-mail link; the request always gets the same neutral answer. */
@RestController
class PasswordResetApiController {

	record ResetRequest(String username) {
	}

	record ResetCompletion(String token, String newPassword) {
	}

	private final PasswordResetManagement resets;
	private final MessageSource messages;

	PasswordResetApiController(PasswordResetManagement resets, MessageSource messages) {
		this.resets = resets;
		this.messages = messages;
	}

	/** {@code POST /api/v1/password-reset} {@code {username}} → 202, whatever the name. */
	@PostMapping("/api/v1/password-reset")
	ResponseEntity<Map<String, String>> request(@RequestBody ResetRequest request) {
		resets.request(request.username());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("message",
				messages.getMessage("account.reset.neutral", null, LocaleContextHolder.getLocale())));
	}

	/** {@code POST /api/v1/password-reset/confirm} {@code {token,newPassword}} → 204. */
	@PostMapping("/api/v1/password-reset/confirm")
	ResponseEntity<Void> complete(@RequestBody ResetCompletion completion) {
		resets.complete(completion.token(), completion.newPassword());
		return ResponseEntity.noContent().build();
	}
}
