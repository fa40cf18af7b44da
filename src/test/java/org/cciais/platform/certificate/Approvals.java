package org.cciais.platform.certificate;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

/**
 * Stands in for the application module in these tests: an expert's approval of an application, delivered straight to
 * the issuance listener. Application ids are made up (unique per run) since the workflow is another module's.
 */
public final class Approvals {

	private static final AtomicLong APPLICATION_IDS = new AtomicLong(
			1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 1000);

	private Approvals() {
	}

	public static long newApplicationId() {
		return APPLICATION_IDS.incrementAndGet();
	}

	public static ApplicationApproved approval(long enterpriseId, Industry industry, Level level, long reviewOrgId,
			Long consultingOrgId, Instant approvedAt) {
		return new ApplicationApproved(newApplicationId(), enterpriseId, industry, level, reviewOrgId, consultingOrgId,
				approvedAt);
	}

	/** Approves and issues at once; returns the certificate id. */
	public static long certify(CertificateIssuance issuance, long enterpriseId, Industry industry, Level level,
			long reviewOrgId, Long consultingOrgId, Instant approvedAt) {
		return issuance.issue(approval(enterpriseId, industry, level, reviewOrgId, consultingOrgId, approvedAt));
	}
}
