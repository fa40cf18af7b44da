package org.cciais.platform.application.api;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.cciais.platform.application.ApplicationFilter;
import org.cciais.platform.application.ApplicationQueries;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.PlatformPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.application.web.AdminApplicationFilters;
import org.cciais.platform.application.web.ApplicationExportColumns;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.DateRanges;
import org.cciais.platform.shared.web.ExcelExport;
import org.cciais.platform.shared.web.ListExports;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/review/applications?status=S}: REVIEW_ORG its organisation's cases, REVIEWER those assigned to
 * it, EXPERT those at or past the final review, CONSULTANT those naming its organisation, ADMIN all (also by
 * {@code region} and {@code industry}). The same URL with {@code Accept: }{@value ExcelExport#CONTENT_TYPE} answers
 * every matching case as .xlsx.
 */
@RestController
class ReviewApiController {

	private final ApplicationQueries queries;
	private final ListExports exports;

	ReviewApiController(ApplicationQueries queries, ListExports exports) {
		this.queries = queries;
		this.exports = exports;
	}

	@GetMapping("/api/v1/review/applications")
	@PreAuthorize("hasAnyRole('REVIEW_ORG','REVIEWER','EXPERT','CONSULTANT','ADMIN')")
	ResponseEntity<List<ApplicationView>> list(@RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) String region, @RequestParam(required = false) Industry industry,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String dueWithin,
			@RequestParam(required = false) String waitingOver, ListParams list, PlatformPrincipal me,
			HttpServletRequest request) {
		Pageable pageable = list.api(ApplicationQueries.WORK_LIST_SORT);
		ApplicationFilter filter = filter(status, region, industry, q, from, to, dueWithin, waitingOver);
		return ApiPages.of(queries.workList(me, filter, pageable), request);
	}

	/** The same list as an .xlsx: every case the filters keep, in the asked sort. */
	@GetMapping(path = "/api/v1/review/applications", produces = ExcelExport.CONTENT_TYPE)
	@PreAuthorize("hasAnyRole('REVIEW_ORG','REVIEWER','EXPERT','CONSULTANT','ADMIN')")
	void export(@RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) String region, @RequestParam(required = false) Industry industry,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String dueWithin,
			@RequestParam(required = false) String waitingOver, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		ApplicationFilter filter = filter(status, region, industry, q, from, to, dueWithin, waitingOver);
		exports.write(ApplicationExportColumns.listKey(me.role()), list, ApplicationQueries.WORK_LIST_SORT,
				p -> queries.workListRows(me, filter, p), ApplicationExportColumns.columns(), me, request, response);
	}

	private static ApplicationFilter filter(ApplicationStatus status, String region, Industry industry, String q,
			String from, String to, String dueWithin, String waitingOver) {
		return new ApplicationFilter(status == null ? Set.of() : Set.of(status), region, industry, q,
				DateRanges.from(from), DateRanges.to(to), AdminApplicationFilters.days("dueWithin", dueWithin),
				AdminApplicationFilters.days("waitingOver", waitingOver));
	}
}
