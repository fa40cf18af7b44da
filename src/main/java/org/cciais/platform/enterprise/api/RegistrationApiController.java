package org.cciais.platform.enterprise.api;

import java.net.URI;

import org.cciais.platform.enterprise.EnterpriseRegistration;
import org.cciais.platform.enterprise.EnterpriseRegistrationForm;
import org.cciais.platform.shared.web.ClientAddress;
import org.cciais.platform.shared.web.JsonPart;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.ObjectMapper;

@RestController
class RegistrationApiController {

	record Created(long id, String username) {
	}

	private final EnterpriseRegistration registration;
	private final ObjectMapper json;

	RegistrationApiController(EnterpriseRegistration registration, ObjectMapper json) {
		this.registration = registration;
		this.json = json;
	}

	/**
	 * {@code POST /api/v1/registrations/enterprise}: multipart, part {@code data} (JSON, with or without its own
	 * content type) and part {@code file} (the licence PDF) → 201 {@code {id,username}}.
	 */
	@PostMapping(path = "/api/v1/registrations/enterprise", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Created> register(@RequestPart("data") String data,
			@RequestPart(value = "file", required = false) MultipartFile file) {
		var registered = registration.register(parse(data), file, ClientAddress.current());
		return ResponseEntity.created(URI.create("/api/v1/me")).body(new Created(registered.id(),
				registered.username()));
	}

	private EnterpriseRegistrationForm parse(String data) {
		return JsonPart.read(json, data, EnterpriseRegistrationForm.class);
	}
}
