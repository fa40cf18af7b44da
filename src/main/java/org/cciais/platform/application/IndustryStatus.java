package org.cciais.platform.application;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

/**
 * One row of figure 7 for an enterprise (API.md {@code industry, currentLevel, nextLevel, inProgress}, plus
 * display fields).
 *
 * @param currentLevel the level of a VALID certificate in the industry, else null
 * @param nextLevel the level a new application would have (derived, never chosen), null when nothing to apply for
 * (a valid 一级)
 * @param inProgress an application for the industry is open (申请中): it cannot be applied for again
 * @param certificateLevel the level of the latest certificate whatever its status (to show 失效 / 过期)
 * @param certificateStatus {@code VALID}, {@code INVALID}, {@code EXPIRED} or null when no certificate
 * @param openApplicationId the open application, when in progress
 */
public record IndustryStatus(Industry industry, String name, String scope, Level currentLevel, Level nextLevel,
		boolean inProgress, Level certificateLevel, String certificateStatus, String certificateNumber,
		Long openApplicationId, ApplicationStatus openApplicationStatus, Level openApplicationLevel) {

	public boolean canApply() {
		return !inProgress && nextLevel != null;
	}
}
