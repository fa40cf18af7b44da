package org.cciais.platform.application;

import java.time.Instant;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

/**
 * Published when the expert committee approves an application (FINAL_REVIEW → CERTIFIED); the certificate module
 * issues the certificate from it, exactly once per application.
 *
 * @param renewsCertificateId for a RENEWAL: the certificate the new one replaces (it becomes REPLACED), else null
 */
public record ApplicationApproved(long applicationId, long enterpriseId, Industry industry, Level level,
		long reviewOrgId, Long consultingOrgId, Instant approvedAt, Long renewsCertificateId) {

	public ApplicationApproved(long applicationId, long enterpriseId, Industry industry, Level level,
			long reviewOrgId, Long consultingOrgId, Instant approvedAt) {
		this(applicationId, enterpriseId, industry, level, reviewOrgId, consultingOrgId, approvedAt, null);
	}
}
