package org.cciais.platform.application.internal;

import java.util.UUID;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.storage.FileAccessPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of an application (materials, including reused links; rectification RARs; review reports) may be read by
 * the parties of that application: the owning enterprise, its review organisation's accounts, the assigned
 * reviewer, the consulting organisation, the experts once the case reached the final review, and ADMIN (by the
 * file store). A review report reaches the enterprise and the consultant only once a decision refers to it.
 */
@Component
class ApplicationFileAccess implements FileAccessPolicy {

	private final QualificationApplications applications;

	ApplicationFileAccess(QualificationApplications applications) {
		this.applications = applications;
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
		return false;
	}

	private boolean readable(long applicationId, PlatformPrincipal who) {
		return applications.findById(applicationId).map(a -> WorkflowRules.mayRead(a, who)).orElse(false);
	}
}
