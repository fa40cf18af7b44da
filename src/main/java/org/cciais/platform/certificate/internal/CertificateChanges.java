package org.cciais.platform.certificate.internal;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateStatusChanged;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows every status change of a certificate, wherever it was made (the association's pages, the deadline
 * jobs, the issuance of a renewal): saved at once, one audit entry, one {@link CertificateStatusChanged}.
 */
@Component
public class CertificateChanges {

	private final CertificateRepository repository;
	private final ApplicationEventPublisher events;

	CertificateChanges(CertificateRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** Records the change of {@code certificate} from {@code before}; {@code by} null means the system. */
	public CertificateView record(Certificate certificate, CertificateStatus before, String action, String detail,
			PlatformPrincipal by) {
		// flush so that a concurrent change of the same certificate fails here (409) rather than after the events
		repository.saveAndFlush(certificate);
		events.publishEvent(by == null ? AuditRecord.system(action, "certificate", certificate.getId(), detail)
				: AuditRecord.of(by, action, "certificate", certificate.getId(), detail));
		CertificateView view = certificate.toView();
		events.publishEvent(new CertificateStatusChanged(view.id(), view.enterpriseId(), view.status(),
				view.status() == CertificateStatus.VALID ? certificate.lastTypedReason() : view.invalidReason(), before,
				certificate.lastWords()));
		return view;
	}

	/** Records {@link Certificate#markReplaced}: by the system, its reason naming the successor. */
	public CertificateView replaced(Certificate certificate, CertificateStatus before) {
		return record(certificate, before, "certificate.replace", certificate.toView().invalidReason(), null);
	}
}
