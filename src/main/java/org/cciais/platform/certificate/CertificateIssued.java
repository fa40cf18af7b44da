package org.cciais.platform.certificate;

import java.time.LocalDate;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

/** A certificate was issued; the inspection module schedules its two annual inspections from it. */
public record CertificateIssued(long certificateId, long enterpriseId, Industry industry, Level level,
		LocalDate issuedOn, LocalDate expiresOn, long reviewOrgId) {
}
