package org.cciais.platform.application;

import java.time.LocalDate;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

/**
 * One row of figure 7 for an enterprise (API.md {@code industry, currentLevel, nextLevel, inProgress, renewable,
 * renewalLevel}, plus display fields).
 *
 * @param currentLevel the level of a VALID certificate in the industry, else null
 * @param nextLevel the level a new (initial or upgrade) application would have (derived, never chosen), null when
 * nothing to apply for (a valid 一级)
 * @param inProgress an application for the industry is open (申请中): it cannot be applied for again
 * @param certificateLevel the level of the latest certificate whatever its status (to show 失效 / 过期)
 * @param certificateStatus {@code VALID}, {@code INVALID}, {@code EXPIRED}, … or null when no certificate
 * @param openApplicationId the open application, when in progress
 * @param renewable a renewal may be applied for now: a VALID certificate in its last 12 months (expiry day
 * included) and nothing in progress
 * @param renewalLevel the level of that renewal (the held level), null when not renewable
 * @param certificateId the latest certificate of the industry, null when none
 * @param certificateExpiresOn its expiry day
 * @param renewalOpensOn for a valid certificate: the first day a renewal may be applied for
 * @param openApplicationKind the kind of the open application
 */
public record IndustryStatus(Industry industry, String name, String scope, Level currentLevel, Level nextLevel,
		boolean inProgress, Level certificateLevel, String certificateStatus, String certificateNumber,
		Long openApplicationId, ApplicationStatus openApplicationStatus, Level openApplicationLevel,
		boolean renewable, Level renewalLevel, Long certificateId, LocalDate certificateExpiresOn,
		LocalDate renewalOpensOn, ApplicationKind openApplicationKind) {

	public boolean canApply() {
		return !inProgress && nextLevel != null;
	}

	/** The kind an application without an explicit kind gets: upgrade when a valid certificate is held. */
	public ApplicationKind nextKind() {
		return currentLevel == null ? ApplicationKind.INITIAL : ApplicationKind.UPGRADE;
	}
}
