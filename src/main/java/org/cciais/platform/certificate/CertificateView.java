package org.cciais.platform.certificate;

import java.time.Instant;
import java.time.LocalDate;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

/**
 * A certificate as the rest of the platform sees it.
 *
 * @param invalidReason why it is not VALID (失效, 暂停, 注销, 已换发, 过期), null when VALID
 * @param statusSince when it entered its current status (the issuance for a certificate never changed)
 * @param replacedById the successor of a REPLACED certificate, else null
 * @param replacedByNumber the successor's number, else null
 */
public record CertificateView(long id, String number, long applicationId, long enterpriseId, Industry industry,
		Level level, CertificateStatus status, String invalidReason, LocalDate issuedOn, LocalDate expiresOn,
		long reviewOrgId, Long consultingOrgId, CopyData copy, Instant statusSince, Long replacedById,
		String replacedByNumber) {
}
