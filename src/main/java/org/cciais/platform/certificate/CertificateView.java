package org.cciais.platform.certificate;

import java.time.Instant;
import java.time.LocalDate;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.LocalText;

/**
 * A certificate as the rest of the platform sees it.
 *
 * @param invalidReason why it is not VALID (失效, 暂停, 注销, 已换发, 过期), null when VALID: the Chinese record, as the
 * certificate sheets print it and the audit log keeps it
 * @param reason the same in the reader's language (the platform's own words translated, what was typed as typed)
 * @param statusSince when it entered its current status (the issuance for a certificate never changed)
 * @param replacedById the successor of a REPLACED certificate, else null
 * @param replacedByNumber the successor's number, else null
 */
public record CertificateView(long id, String number, long applicationId, long enterpriseId, Industry industry,
		Level level, CertificateStatus status, String invalidReason, LocalText reason, LocalDate issuedOn, LocalDate expiresOn,
		long reviewOrgId, Long consultingOrgId, CopyData copy, Instant statusSince, Long replacedById,
		String replacedByNumber) {
}
