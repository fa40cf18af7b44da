package org.cciais.platform.notification.api;

import java.util.List;

import org.cciais.platform.notification.internal.MailOutbox;
import org.cciais.platform.notification.internal.MailOutbox.OutboxMailView;
import org.cciais.platform.notification.internal.OutboxMail;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The e-mail outbox for the admin: list by status, resend a failed mail. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AdminMailApiController {

	private final MailOutbox outbox;

	AdminMailApiController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/api/v1/admin/mails")
	ResponseEntity<List<OutboxMailView>> list(@RequestParam(required = false) String status, ListParams list,
			jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(outbox.list(status(status), list.api(MailOutbox.SORT)), request);
	}

	@PostMapping("/api/v1/admin/mails/{id}/resend")
	OutboxMailView resend(@PathVariable long id, PlatformPrincipal me) {
		return outbox.resend(id, me);
	}

	static OutboxMail.Status status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return OutboxMail.Status.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "notification.mail.status.invalid");
		}
	}
}
