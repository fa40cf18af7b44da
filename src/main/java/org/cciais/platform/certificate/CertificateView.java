package org.cciais.platform.certificate;

import java.time.LocalDate;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

/** @param replacedById for a REPLACED certificate: its successor (and {@code replacedByNumber} its number) */
public record CertificateView(long id, String number, long applicationId, long enterpriseId, Industry industry,
		Level level, CertificateStatus status, String invalidReason, LocalDate issuedOn, LocalDate expiresOn,
		long reviewOrgId, Long consultingOrgId, CopyData copy, Long replacedById, String replacedByNumber) {
}
