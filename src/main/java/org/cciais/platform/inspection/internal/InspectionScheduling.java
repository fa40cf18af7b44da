package org.cciais.platform.inspection.internal;

import org.cciais.platform.certificate.CertificateIssued;
import org.cciais.platform.certificate.CertificateStatusChanged;
import org.cciais.platform.inspection.InspectionManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Follows the certificates: two inspections for each issued one; none opens once it is 失效 or expired. */
@Component
class InspectionScheduling {

	private final InspectionManagement management;
	private final InspectionDeadlines deadlines;

	InspectionScheduling(InspectionManagement management, InspectionDeadlines deadlines) {
		this.management = management;
		this.deadlines = deadlines;
	}

	@ApplicationModuleListener
	void on(CertificateIssued issued) {
		management.scheduleFor(issued.certificateId());
	}

	@ApplicationModuleListener
	void on(CertificateStatusChanged changed) {
		// a suspension is reversible: the inspections stay scheduled until the certificate ends
		if (changed.status().terminal()) {
			deadlines.certificateNoLongerValid(changed.certificateId());
		}
	}
}
