package org.cciais.platform.audit.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.audit.AuditFilter;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.audit.web.AuditLabels;
import org.cciais.platform.audit.web.AuditSearchParams;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.ExcelExport;
import org.cciais.platform.shared.web.ListExports;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/admin/audit?actor=&role=&action=&objectType=&objectId=&from=&to=&page=&size=&sort=}: the audit
 * log, newest first, paged like every list ({@code X-Total-Count}, {@code Link}); {@code limit}, the older way of
 * asking for the first rows, still sets the page size when {@code size} is absent (100 when neither is given, as
 * before). The same URL with {@code Accept: }{@value ExcelExport#CONTENT_TYPE} answers every matching entry as .xlsx.
 * {@code GET /api/v1/admin/audit/{id}}: one entry (ADMIN).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

	private static final int DEFAULT_LIMIT = 100;

	private final AuditQueries audit;
	private final AuditLabels labels;
	private final ListExports exports;

	AuditApiController(AuditQueries audit, AuditLabels labels, ListExports exports) {
		this.audit = audit;
		this.labels = labels;
		this.exports = exports;
	}

	@GetMapping("/api/v1/admin/audit")
	ResponseEntity<List<AuditQueries.Entry>> search(@ModelAttribute("search") AuditSearchParams search,
			@Parameter(description = "旧参数：未给 size 时的每页条数（默认 100） / older page size, used when size is absent")
			@RequestParam(required = false) Integer limit, ListParams list, HttpServletRequest request) {
		ListParams sized = list.size() == null || list.size().isBlank()
				? new ListParams(list.page(), String.valueOf(limit == null ? DEFAULT_LIMIT
						: Math.max(1, Math.min(limit, ListParams.API_MAX_SIZE))), list.sort())
				: list;
		return ApiPages.of(audit.page(search.filter(), sized.api(AuditQueries.SORT)), request);
	}

	@GetMapping(path = "/api/v1/admin/audit", produces = ExcelExport.CONTENT_TYPE)
	void export(@ModelAttribute("search") AuditSearchParams search, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		AuditFilter filter = search.filter();
		exports.write("audit", list, AuditQueries.SORT, p -> audit.page(filter, p), labels.exportColumns(), me,
				request, response);
	}

	@GetMapping("/api/v1/admin/audit/{id}")
	AuditQueries.Entry entry(@PathVariable long id) {
		return audit.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
	}
}
