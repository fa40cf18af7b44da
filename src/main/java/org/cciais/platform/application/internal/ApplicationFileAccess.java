package org.cciais.platform.application.internal;

import java.util.UUID;

import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.storage.FileAccessPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of an application (materials, including reused links; rectification RARs; review reports) may be read by
 * the parties of that application: the owning enterprise, its review organisation's accounts, the assigned
 * reviewer, the consulting organisation, the experts once the case reached the final review, and ADMIN (by the
 * file store). The review organisation of an open case also reads the applicant's business licence. A review
 * report reaches the enterprise and the consultant only once a decision refers to it.
 */
@Component
class ApplicationFileAccess implements FileAccessPolicy {

	private final QualificationApplications applications;
	private final EnterpriseQueries enterprises;

	ApplicationFileAccess(QualificationApplications applications, EnterpriseQueries enterprises) {
		this.applications = applications;
		this.enterprises = enterprises;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(UUID fileId, PlatformPrincipal who) {
		if (who == null) {
			return false;
		}
		for (Long id : applications.idsByMaterialFile(fileId)) {
			if (readable(id, who)) {
				return true;
			}
		}
		for (Long id : applications.idsByRectificationFile(fileId)) {
			if (readable(id, who)) {
				return true;
			}
		}
		for (Long id : applications.idsByReportFile(fileId)) {
			boolean draftHidden = (who.role() == Role.ENTERPRISE || who.role() == Role.CONSULTANT)
					&& !applications.reportIsAttached(id, fileId);
			if (!draftHidden && readable(id, who)) {
				return true;
			}
		}
		return reviewOrgReadsLicence(fileId, who);
	}

	/**
	 * Manual 3.1.1 tip 2: the review organisation judges the applicant's business licence, so it may open it while
	 * it has an open case of that enterprise, and not once every case is closed.
	 */
	private boolean reviewOrgReadsLicence(UUID fileId, PlatformPrincipal who) {
		if (who.role() != Role.REVIEW_ORG || who.organizationId() == null) {
			return false;
		}
		return enterprises.idByLicenceFile(fileId)
			.map(enterpriseId -> applications.existsByEnterpriseIdAndReviewOrgIdAndOpenIndustryIsNotNull(enterpriseId,
					who.organizationId()))
			.orElse(false);
	}

	private boolean readable(long applicationId, PlatformPrincipal who) {
		return applications.findById(applicationId).map(a -> ApplicationWorkflow.mayRead(a, who)).orElse(false);
	}
}
