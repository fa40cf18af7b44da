package org.cciais.platform.certificate;

/**
 * A certificate changed status (suspended, restored, 失效, cancelled, replaced, expired); {@code reason} is the
 * Chinese text shown everywhere, {@code previous} the status it left.
 */
public record CertificateStatusChanged(long certificateId, long enterpriseId, CertificateStatus status,
		String reason, CertificateStatus previous) {

	/** Kept for callers that know only the new status (the previous one was VALID). */
	public CertificateStatusChanged(long certificateId, long enterpriseId, CertificateStatus status, String reason) {
		this(certificateId, enterpriseId, status, reason, CertificateStatus.VALID);
	}
}
