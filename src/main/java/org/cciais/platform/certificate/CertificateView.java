package org.cciais.platform.certificate;

import java.time.LocalDate;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

public record CertificateView(long id, String number, long applicationId, long enterpriseId, Industry industry,
		Level level, CertificateStatus status, String invalidReason, LocalDate issuedOn, LocalDate expiresOn,
		long reviewOrgId, Long consultingOrgId, CopyData copy) {
}
