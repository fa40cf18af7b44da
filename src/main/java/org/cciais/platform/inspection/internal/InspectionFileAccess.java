package org.cciais.platform.inspection.internal;

import java.util.UUID;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.storage.FileAccessPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection files may be read by the enterprise and by the accounts of the certificate's review organisation
 * (ADMIN always, by the file store). A review report is the enterprise's to read once a decision refers to it.
 */
@Component
class InspectionFileAccess implements FileAccessPolicy {

	private final InspectionFiles files;
	private final InspectionRepository inspections;
	private final InspectionHistory history;

	InspectionFileAccess(InspectionFiles files, InspectionRepository inspections, InspectionHistory history) {
		this.files = files;
		this.inspections = inspections;
		this.history = history;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(UUID fileId, PlatformPrincipal who) {
		if (who == null) {
			return false;
		}
		InspectionFile file = files.findById(fileId).orElse(null);
		Inspection inspection = file == null ? null : inspections.findById(file.getInspectionId()).orElse(null);
		if (inspection == null) {
			return false;
		}
		return switch (who.role()) {
			case ENTERPRISE -> who.enterpriseId() != null && who.enterpriseId() == inspection.getEnterpriseId()
					&& (file.getPurpose() != InspectionFile.Purpose.REPORT
							|| history.existsByInspectionIdAndFileId(inspection.getId(), fileId));
			case REVIEW_ORG -> who.organizationId() != null && who.organizationId() == inspection.getReviewOrgId();
			case ADMIN -> true;
			default -> false;
		};
	}
}
