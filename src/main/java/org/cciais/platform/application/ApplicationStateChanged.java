package org.cciais.platform.application;

import java.time.Instant;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;

/**
 * Published on every transition of an application (and on creation, with {@code from} null). The notification
 * module turns it into to-dos and e-mails for the party whose action is awaited next.
 *
 * @param action the workflow action code of API.md ({@code submit}, {@code accept}, {@code doc-fail}, …; {@code
 * expire} for the deadline job, {@code rectify} for a rectification upload, {@code resubmit}, {@code
 * assign-reviewer})
 * @param materialsDueAt the 7-day materials deadline while ACCEPTED, else null
 */
public record ApplicationStateChanged(long applicationId, long enterpriseId, Industry industry, Level level,
		ApplicationStatus from, ApplicationStatus to, String action, String actorUsername, Role actorRole,
		long reviewOrgId, Long consultingOrgId, Long reviewerAccountId, String opinion, Instant at,
		Instant materialsDueAt) {
}
