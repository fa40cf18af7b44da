package org.cciais.platform.inspection;

import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CopyData;

/**
 * One inspection with what its pages show beside it: the certificate (current 副本 data) and the names of its
 * organisations.
 */
public record InspectionDetails(InspectionView inspection, CertificateView certificate, String reviewOrgName,
		String consultingOrgName) {

	/** What the form shows: the data the enterprise saved, else the certificate's. */
	public CopyData formData() {
		return inspection.submittedData() != null ? inspection.submittedData() : certificate.copy();
	}
}
