package org.cciais.platform.inspection.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cciais.platform.inspection.InspectionManagement;
import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.inspection.InspectionView;
import org.cciais.platform.inspection.ReviewDecision;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.ObjectMapper;

/** Annual inspections over REST (API.md): the enterprise's submission and rectification, the review organisation's decision. */
@RestController
@RequestMapping("/api/v1/inspections")
class InspectionApiController {

	private static final ReviewDecision EMPTY_DECISION = new ReviewDecision(null, null, null);

	private final InspectionManagement inspections;
	private final ObjectMapper json;

	InspectionApiController(InspectionManagement inspections, ObjectMapper json) {
		this.inspections = inspections;
		this.json = json;
	}

	/** The enterprise's inspections, or the review organisation's (optionally one status). */
	@GetMapping
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'REVIEW_ORG')")
	ResponseEntity<List<InspectionView>> list(@RequestParam(required = false) InspectionStatus status, ListParams list,
			PlatformPrincipal me, jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(inspections.list(me, status, list.api(me.is(Role.ENTERPRISE)
				? InspectionManagement.ENTERPRISE_SORT : status == InspectionStatus.SUBMITTED
						? InspectionManagement.PENDING_SORT : InspectionManagement.REVIEW_SORT)), request);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'REVIEW_ORG', 'ADMIN')")
	InspectionView get(@PathVariable long id, PlatformPrincipal me) {
		return inspections.get(id, me);
	}

	/** Uploads or replaces one catalogue item (PDF), a draft until submitted. */
	@PutMapping(path = "/{id}/materials/{code}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	InspectionView upload(@PathVariable long id, @PathVariable String code, @RequestPart("file") MultipartFile file,
			PlatformPrincipal me) {
		return inspections.uploadMaterial(id, code, file, me);
	}

	/** Saves the changed 副本 fields without submitting, so that {@code materials[].required} reflects them. */
	@PutMapping(path = "/{id}/data", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	InspectionView saveData(@PathVariable long id, @RequestBody(required = false) String body, PlatformPrincipal me) {
		return inspections.saveData(id, CopyChangesJson.parse(body, json), me);
	}

	/** Submits with part {@code data} = the changed 副本 fields as JSON, or {@code {}}. */
	@PostMapping(path = "/{id}/submit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	InspectionView submitMultipart(@PathVariable long id, @RequestPart(name = "data", required = false) String data,
			PlatformPrincipal me) {
		return inspections.submit(id, CopyChangesJson.parse(data, json), me);
	}

	/** The same with the changed fields as a plain JSON body (or no body: nothing changed). */
	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('ENTERPRISE')")
	InspectionView submit(@PathVariable long id, @RequestBody(required = false) String body, PlatformPrincipal me) {
		return inspections.submit(id, CopyChangesJson.parse(body, json), me);
	}

	/** Answers a failed review with one RAR file. */
	@PostMapping(path = "/{id}/rectifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	InspectionView rectify(@PathVariable long id, @RequestPart("file") MultipartFile file, PlatformPrincipal me) {
		return inspections.rectify(id, file, me);
	}

	/** A review report PDF for the following pass/fail; answers its {@code fileId}. */
	@PostMapping(path = "/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('REVIEW_ORG')")
	Map<String, UUID> report(@PathVariable long id, @RequestPart("file") MultipartFile file, PlatformPrincipal me) {
		return Map.of("fileId", inspections.uploadReport(id, file, me));
	}

	@PostMapping("/{id}/actions/pass")
	@PreAuthorize("hasRole('REVIEW_ORG')")
	InspectionView pass(@PathVariable long id, @RequestBody(required = false) ReviewDecision decision,
			PlatformPrincipal me) {
		return inspections.pass(id, decision == null ? EMPTY_DECISION : decision, me);
	}

	@PostMapping("/{id}/actions/fail")
	@PreAuthorize("hasRole('REVIEW_ORG')")
	InspectionView fail(@PathVariable long id, @RequestBody(required = false) ReviewDecision decision,
			PlatformPrincipal me) {
		return inspections.fail(id, decision == null ? EMPTY_DECISION : decision, me);
	}
}
