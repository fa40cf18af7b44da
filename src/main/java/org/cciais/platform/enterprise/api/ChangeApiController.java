package org.cciais.platform.enterprise.api;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.enterprise.ChangeData;
import org.cciais.platform.enterprise.ChangeView;
import org.cciais.platform.enterprise.EnterpriseChangeManagement;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.JsonPart;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.ObjectMapper;

/** 变更申请 (API.md "Change of data"): the enterprise applies and rectifies, the association passes or fails. */
@RestController
class ChangeApiController {

	record Decision(String opinion) {
	}

	private final EnterpriseChangeManagement changes;
	private final ObjectMapper json;

	ChangeApiController(EnterpriseChangeManagement changes, ObjectMapper json) {
		this.changes = changes;
		this.json = json;
	}

	/**
	 * Multipart: {@code data} = {@code {name,registeredAddress,legalRepresentative,registeredCapital,unitType}} (the
	 * complete new 副本 data), files {@code changeProof} (变更证明) and {@code licence} (new 营业执照), PDF → 201.
	 */
	@PostMapping(path = "/api/v1/enterprise/changes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<ChangeView> apply(@RequestPart("data") String data,
			@RequestPart(value = "changeProof", required = false) MultipartFile changeProof,
			@RequestPart(value = "licence", required = false) MultipartFile licence, PlatformPrincipal me) {
		ChangeView created = changes.apply(JsonPart.read(json, data, ChangeData.class), changeProof, licence, me);
		return ResponseEntity.created(URI.create("/api/v1/enterprise/changes/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/enterprise/changes")
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<List<ChangeView>> mine(ListParams list, PlatformPrincipal me, HttpServletRequest request) {
		return ApiPages.of(changes.mine(me, list.api(EnterpriseChangeManagement.SORT)), request);
	}

	@GetMapping("/api/v1/enterprise/changes/{id}")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'ADMIN')")
	ChangeView one(@PathVariable long id, PlatformPrincipal me) {
		return changes.get(id, me);
	}

	/** After a failed review: both files again → the change waits for review again. */
	@PostMapping(path = "/api/v1/enterprise/changes/{id}/rectification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	ChangeView rectify(@PathVariable long id,
			@RequestPart(value = "changeProof", required = false) MultipartFile changeProof,
			@RequestPart(value = "licence", required = false) MultipartFile licence, PlatformPrincipal me) {
		return changes.rectify(id, changeProof, licence, me);
	}

	@GetMapping("/api/v1/admin/enterprise-changes")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<List<ChangeView>> forReview(ListParams list, PlatformPrincipal me, HttpServletRequest request) {
		return ApiPages.of(changes.forReview(me, list.api(EnterpriseChangeManagement.SORT)), request);
	}

	@PostMapping("/api/v1/admin/enterprise-changes/{id}/actions/pass")
	@PreAuthorize("hasRole('ADMIN')")
	ChangeView pass(@PathVariable long id, @RequestBody(required = false) Decision decision, PlatformPrincipal me) {
		return changes.pass(id, decision == null ? null : decision.opinion(), me);
	}

	@PostMapping("/api/v1/admin/enterprise-changes/{id}/actions/fail")
	@PreAuthorize("hasRole('ADMIN')")
	ChangeView fail(@PathVariable long id, @RequestBody(required = false) Decision decision, PlatformPrincipal me) {
		return changes.fail(id, decision == null ? null : decision.opinion(), me);
	}
}
