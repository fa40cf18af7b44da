package org.cciais.platform.inspection;

import java.time.Instant;
import java.time.LocalDate;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Role;

/**
 * Published on every transition of an annual inspection; the notification module turns it into to-dos and e-mails
 * for the party whose action is awaited next.
 *
 * @param action {@code open}, {@code submit}, {@code pass}, {@code fail}, {@code rectify} or {@code miss}
 * @param year 1 or 2: the first or second inspection of the certificate
 * @param round how many times the inspection has been submitted (1 on the first submission, +1 per rectification)
 * @param enterpriseName the name as submitted (or as on the certificate when nothing was submitted yet), may be null
 * @param copyChanged whether the enterprise submitted changed 副本 data (on pass: the certificate was updated)
 */
public record InspectionStateChanged(long inspectionId, long certificateId, String certificateNumber,
		long enterpriseId, String enterpriseName, long reviewOrgId, Industry industry, int year,
		LocalDate windowOpensOn, LocalDate windowClosesOn, InspectionStatus from, InspectionStatus to, String action,
		String actorUsername, Role actorRole, String opinion, int round, boolean copyChanged, Instant at) {
}
