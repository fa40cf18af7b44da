package org.cciais.platform.shared;

import java.time.LocalDate;

/**
 * What an enterprise holds in one industry right now: the level of its latest certificate there and that
 * certificate's status ({@code VALID}, {@code INVALID}, {@code EXPIRED}, …), its id and the Chinese status label.
 */
public record QualificationStanding(Industry industry, Level level, String status, String certificateNumber,
		LocalDate expiresOn, long certificateId, String statusLabel) {

	public boolean valid() {
		return "VALID".equals(status);
	}
}
