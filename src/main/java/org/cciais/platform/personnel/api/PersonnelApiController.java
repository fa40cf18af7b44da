package org.cciais.platform.personnel.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cciais.platform.personnel.EngineerView;
import org.cciais.platform.personnel.PersonEngineerCertificate;
import org.cciais.platform.personnel.PersonnelManagement;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 人员管理 over the API; ID numbers travel only in request bodies and come back masked. */
@RestController
@RequestMapping("/api/v1")
class PersonnelApiController {

	record BoundEngineer(long id, String name, String idNumberMasked, String certificateNumber, LocalDate boundOn) {

		static BoundEngineer of(EngineerView e) {
			return new BoundEngineer(e.id(), e.name(), e.idNumberMasked(), e.certificateNumber(), e.boundOn());
		}
	}

	record Binding(String idNumber) {
	}

	private final PersonnelManagement personnel;

	PersonnelApiController(PersonnelManagement personnel) {
		this.personnel = personnel;
	}

	@GetMapping("/personnel")
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<List<BoundEngineer>> list(ListParams list, PlatformPrincipal me,
			jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(personnel.boundTo(me.requireEnterpriseId(), list.api(PersonnelManagement.SORT)).map(BoundEngineer::of),
				request);
	}

	@GetMapping("/personnel/{id}")
	@PreAuthorize("hasRole('ENTERPRISE')")
	BoundEngineer one(@PathVariable long id, PlatformPrincipal me) {
		return BoundEngineer.of(personnel.getBound(id, me.requireEnterpriseId()));
	}

	@PostMapping("/personnel")
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<Map<String, Object>> bind(@RequestBody Binding body, PlatformPrincipal me) {
		EngineerView bound = personnel.bind(body.idNumber(), me);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", bound.id(), "name", bound.name(),
				"idNumberMasked", bound.idNumberMasked(), "certificateNumber", bound.certificateNumber(), "boundOn",
				bound.boundOn()));
	}

	@DeleteMapping("/personnel/{id}")
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<Void> unbind(@PathVariable long id, PlatformPrincipal me) {
		personnel.unbind(id, me);
		return ResponseEntity.noContent().build();
	}

	/** A PERSON's own engineer certificate and binding (their own, so the 身份证号 in full). */
	@GetMapping("/person/certificate")
	@PreAuthorize("hasRole('PERSON')")
	PersonEngineerCertificate mine(PlatformPrincipal me) {
		return personnel.ofPerson(me.accountId()).orElseThrow(() -> new NotFoundException("personnel.person.none"));
	}
}
