package org.cciais.platform.organization;

import java.util.Map;

/**
 * Open cases per reviewer, provided by the module that holds the cases (applications), so that the review
 * organisation can balance the load without this module depending on it.
 */
public interface ReviewerWorkload {

	/** Reviewer account id → number of open cases assigned to it, for one review organisation. */
	Map<Long, Long> openCases(long reviewOrgId);
}
