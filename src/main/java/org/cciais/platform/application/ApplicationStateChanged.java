package org.cciais.platform.application;

import java.time.Instant;
import java.util.Set;

import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;

/**
 * Published on every transition of an application (and on creation, with {@code from} null). The notification
 * module turns it into to-dos and e-mails for the parties in {@code awaiting}.
 *
 * @param action the workflow action code of API.md ({@code submit}, {@code accept}, {@code doc-fail}, …; {@code
 * expire} for the deadline job, {@code rectify} for a rectification upload, {@code resubmit}, {@code
 * assign-reviewer})
 * @param materialsDueAt the 7-day materials deadline while ACCEPTED, else null
 * @param awaiting whose action the case awaits now, from the workflow's state table (the review organisation while
 * a review awaits a reviewer not yet assigned); empty once ended. An event stored before this field existed reads
 * it as null and gets it from {@code to} and {@code reviewerAccountId}.
 */
public record ApplicationStateChanged(long applicationId, long enterpriseId, Industry industry, Level level,
		ApplicationStatus from, ApplicationStatus to, String action, String actorUsername, Role actorRole,
		long reviewOrgId, Long consultingOrgId, Long reviewerAccountId, String opinion, Instant at,
		Instant materialsDueAt, Set<Party> awaiting) {

	public ApplicationStateChanged {
		awaiting = awaiting == null ? ApplicationWorkflow.awaiting(to, reviewerAccountId) : Set.copyOf(awaiting);
	}

	/** The event with {@code awaiting} read from the workflow's state table. */
	public ApplicationStateChanged(long applicationId, long enterpriseId, Industry industry, Level level,
			ApplicationStatus from, ApplicationStatus to, String action, String actorUsername, Role actorRole,
			long reviewOrgId, Long consultingOrgId, Long reviewerAccountId, String opinion, Instant at,
			Instant materialsDueAt) {
		this(applicationId, enterpriseId, industry, level, from, to, action, actorUsername, actorRole, reviewOrgId,
				consultingOrgId, reviewerAccountId, opinion, at, materialsDueAt, null);
	}
}
