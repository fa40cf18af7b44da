package org.cciais.platform.application;

import java.util.Set;

import org.cciais.platform.shared.Industry;

/** Narrows a work list; null or empty parts do not filter. */
public record ApplicationFilter(Set<ApplicationStatus> statuses, String regionCode, Industry industry) {

	public static final ApplicationFilter ALL = new ApplicationFilter(Set.of(), null, null);

	public static ApplicationFilter status(ApplicationStatus status) {
		return new ApplicationFilter(status == null ? Set.of() : Set.of(status), null, null);
	}
}
