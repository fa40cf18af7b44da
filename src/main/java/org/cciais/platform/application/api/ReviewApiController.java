package org.cciais.platform.application.api;

import java.util.List;
import java.util.Set;

import org.cciais.platform.application.ApplicationFilter;
import org.cciais.platform.application.ApplicationQueries;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/review/applications?status=S}: REVIEW_ORG its organisation's cases, REVIEWER those assigned to
 * it, EXPERT those at or past the final review, CONSULTANT those naming its organisation, ADMIN all (also by
 * {@code region} and {@code industry}).
 */
@RestController
class ReviewApiController {

	private final ApplicationQueries queries;

	ReviewApiController(ApplicationQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/review/applications")
	@PreAuthorize("hasAnyRole('REVIEW_ORG','REVIEWER','EXPERT','CONSULTANT','ADMIN')")
	List<ApplicationView> list(@RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) String region, @RequestParam(required = false) Industry industry,
			PlatformPrincipal me) {
		return queries.workList(me,
				new ApplicationFilter(status == null ? Set.of() : Set.of(status), region, industry));
	}
}
