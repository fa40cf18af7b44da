package org.cciais.platform.certificate.internal;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.enterprise.EnterpriseDataChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A passed change application (变更申请) changes the 副本 of every VALID certificate of the enterprise (the PDFs are
 * rendered from it on each download); credit code and founding date are not changeable and stay.
 */
@Component
class CopyUpdates {

	private final CertificateQueries certificates;
	private final CertificateManagement management;

	CopyUpdates(CertificateQueries certificates, CertificateManagement management) {
		this.certificates = certificates;
		this.management = management;
	}

	@ApplicationModuleListener
	void on(EnterpriseDataChanged changed) {
		for (CertificateView c : certificates.ofEnterprise(changed.enterpriseId())) {
			if (c.status() == CertificateStatus.VALID) {
				var d = changed.data();
				management.updateCopy(c.id(), new CopyData(d.name(), d.registeredAddress(), c.copy().creditCode(),
						c.copy().foundedOn(), d.legalRepresentative(), d.registeredCapital(), d.unitType()), null);
			}
		}
	}
}
