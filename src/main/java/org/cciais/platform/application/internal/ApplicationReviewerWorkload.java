package org.cciais.platform.application.internal;

import java.util.HashMap;
import java.util.Map;

import org.cciais.platform.organization.ReviewerWorkload;
import org.springframework.stereotype.Component;

/** Open (not closed) cases assigned to each reviewer of a review organisation, for its 评审员管理 page. */
@Component
class ApplicationReviewerWorkload implements ReviewerWorkload {

	private final QualificationApplications applications;

	ApplicationReviewerWorkload(QualificationApplications applications) {
		this.applications = applications;
	}

	@Override
	public Map<Long, Long> openCases(long reviewOrgId) {
		Map<Long, Long> out = new HashMap<>();
		for (Object[] row : applications.openCasesByReviewer(reviewOrgId)) {
			out.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return out;
	}
}
