package org.cciais.platform.application.api;

import java.net.URI;
import java.util.List;

import org.cciais.platform.application.ActionRequest;
import org.cciais.platform.application.ApplicationFilter;
import org.cciais.platform.application.ApplicationKind;
import org.cciais.platform.application.ApplicationManagement;
import org.cciais.platform.application.ApplicationQueries;
import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.application.ApplicationView.MaterialView;
import org.cciais.platform.application.ApplicationView.ReportView;
import org.cciais.platform.application.IndustryStatus;
import org.cciais.platform.application.NewApplication;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import jakarta.servlet.http.HttpServletRequest;

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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** API.md "Enterprise" (applications) and "Workflow actions". */
@RestController
@RequestMapping("/api/v1")
class ApplicationApiController {

	/** {@code kind}: {@code INITIAL}, {@code UPGRADE} or {@code RENEWAL}; absent → derived from what is held. */
	record ApplicationRequest(String industry, Long reviewOrgId, Long consultingOrgId, String kind) {
	}

	record ResubmitRequest(Long reviewOrgId, Long consultingOrgId) {
	}

	private final ApplicationManagement management;
	private final ApplicationQueries queries;

	ApplicationApiController(ApplicationManagement management, ApplicationQueries queries) {
		this.management = management;
		this.queries = queries;
	}

	/** Figure 7: {@code [{industry,currentLevel,nextLevel,inProgress,…}]}. */
	@GetMapping("/industries/status")
	@PreAuthorize("hasRole('ENTERPRISE')")
	List<IndustryStatus> industries(PlatformPrincipal me) {
		return queries.industries(me.requireEnterpriseId());
	}

	@PostMapping("/applications")
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<ApplicationView> create(@RequestBody ApplicationRequest request, PlatformPrincipal me) {
		ApplicationView created = management.create(
				new NewApplication(industry(request.industry()), request.reviewOrgId(), request.consultingOrgId(),
						kind(request.kind())),
				me);
		return ResponseEntity.created(URI.create("/api/v1/applications/" + created.id())).body(created);
	}

	/** The enterprise's own applications; for the reviewing roles, the same as their work list. */
	@GetMapping("/applications")
	ResponseEntity<List<ApplicationView>> list(ListParams list, PlatformPrincipal me, HttpServletRequest request) {
		return ApiPages.of(me.role() == Role.ENTERPRISE ? queries.ofEnterprise(me, list.api(ApplicationQueries.PROGRESS_SORT))
				: queries.workList(me, ApplicationFilter.ALL, list.api(ApplicationQueries.WORK_LIST_SORT)), request);
	}

	@GetMapping("/applications/{id}")
	ApplicationView get(@PathVariable long id, PlatformPrincipal me) {
		return queries.get(id, me);
	}

	/** RETURNED: change the organisations (optional) and resubmit. */
	@PutMapping("/applications/{id}")
	@PreAuthorize("hasRole('ENTERPRISE')")
	ApplicationView resubmit(@PathVariable long id, @RequestBody(required = false) ResubmitRequest request,
			PlatformPrincipal me) {
		ResubmitRequest r = request == null ? new ResubmitRequest(null, null) : request;
		return management.resubmit(id, r.reviewOrgId(), r.consultingOrgId(), me);
	}

	@PutMapping(path = "/applications/{id}/materials/{code}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	MaterialView upload(@PathVariable long id, @PathVariable String code, @RequestPart("file") MultipartFile file,
			PlatformPrincipal me) {
		return management.uploadMaterial(id, code, file, me);
	}

	@PostMapping(path = "/applications/{id}/rectifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ENTERPRISE')")
	ResponseEntity<ApplicationView> rectify(@PathVariable long id, @RequestPart("file") MultipartFile file,
			PlatformPrincipal me) {
		return ResponseEntity.status(201).body(management.rectify(id, file, me));
	}

	/** The assigned reviewer's report PDF → {@code {fileId}}, then named as {@code reportFileId} in a decision. */
	@PostMapping(path = "/applications/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('REVIEWER')")
	ResponseEntity<ReportView> report(@PathVariable long id, @RequestPart("file") MultipartFile file,
			PlatformPrincipal me) {
		return ResponseEntity.status(201).body(management.uploadReport(id, file, me));
	}

	/** {@code {opinion?, reviewerId?, onsiteDate?, reportFileId?}}; role 403, not a party 404, state 409. */
	@PostMapping("/applications/{id}/actions/{action}")
	ApplicationView act(@PathVariable long id, @PathVariable String action,
			@RequestBody(required = false) ActionRequest request, PlatformPrincipal me) {
		return management.act(id, action, request, me);
	}

	private static ApplicationKind kind(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return ApplicationKind.valueOf(code.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "application.kind.unknown");
		}
	}

	/** An unknown code is treated like a missing one, so that every refused field is reported at once. */
	private static Industry industry(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Industry.valueOf(code.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
