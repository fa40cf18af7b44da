package org.cciais.platform.application;

import java.time.Instant;
import java.util.Set;

import org.cciais.platform.shared.Industry;

/**
 * Narrows a work list; null or empty parts do not filter. {@code text}: a part of the enterprise's name or its
 * whole credit code; {@code submittedFrom} inclusive, {@code submittedTo} exclusive; {@code materialsDueWithinDays}:
 * accepted cases whose materials deadline falls within that many days from now; {@code waitingLongerThanDays}:
 * cases waiting for a reviewing party whose last change is older than that many days.
 */
public record ApplicationFilter(Set<ApplicationStatus> statuses, String regionCode, Industry industry, String text,
		Instant submittedFrom, Instant submittedTo, Integer materialsDueWithinDays, Integer waitingLongerThanDays) {

	public static final ApplicationFilter ALL = new ApplicationFilter(Set.of(), null, null);

	public ApplicationFilter(Set<ApplicationStatus> statuses, String regionCode, Industry industry) {
		this(statuses, regionCode, industry, null, null, null, null, null);
	}

	public static ApplicationFilter status(ApplicationStatus status) {
		return new ApplicationFilter(status == null ? Set.of() : Set.of(status), null, null);
	}

	/** The same filter, showing only the given states (a workbench tab). */
	public ApplicationFilter withStatuses(Set<ApplicationStatus> wanted) {
		return new ApplicationFilter(wanted, regionCode, industry, text, submittedFrom, submittedTo,
				materialsDueWithinDays, waitingLongerThanDays);
	}
}
