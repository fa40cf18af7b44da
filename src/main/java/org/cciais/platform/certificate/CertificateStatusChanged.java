package org.cciais.platform.certificate;

/** A certificate became INVALID (失效) or EXPIRED; {@code reason} is the Chinese text shown everywhere. */
public record CertificateStatusChanged(long certificateId, long enterpriseId, CertificateStatus status,
		String reason) {
}
