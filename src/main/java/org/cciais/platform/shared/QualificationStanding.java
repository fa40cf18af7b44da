package org.cciais.platform.shared;

import java.time.LocalDate;

/**
 * What an enterprise holds in one industry right now: the level of its latest certificate there and that
 * certificate's status ({@code VALID}, {@code SUSPENDED}, {@code INVALID}, {@code CANCELLED}, {@code REPLACED},
 * {@code EXPIRED}, as named by the certificate module's {@code CertificateStatus}) with the status's words, for a
 * message in the reader's language.
 */
public record QualificationStanding(Industry industry, Level level, String status, String certificateNumber,
		LocalDate expiresOn, long certificateId, Labelled statusName) {

	/** Whether the certificate counts as held: VALID only (a suspended, cancelled or replaced one does not). */
	public boolean valid() {
		return "VALID".equals(status);
	}
}
