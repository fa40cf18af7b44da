package org.cciais.platform.account.api;

import java.net.URI;

import org.cciais.platform.account.PersonRegistration;
import org.cciais.platform.account.PersonRegistrationForm;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PersonRegistrationApiController {

	record Created(long id, String username) {
	}

	private final PersonRegistration registration;

	PersonRegistrationApiController(PersonRegistration registration) {
		this.registration = registration;
	}

	/** {@code POST /api/v1/registrations/person} → 201 {@code {id,username}}; the id is the account's. */
	@PostMapping("/api/v1/registrations/person")
	ResponseEntity<Created> register(@RequestBody PersonRegistrationForm form) {
		var registered = registration.register(form);
		return ResponseEntity.created(URI.create("/api/v1/me"))
			.body(new Created(registered.accountId(), registered.username()));
	}
}
