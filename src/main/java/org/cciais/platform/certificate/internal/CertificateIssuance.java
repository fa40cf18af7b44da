package org.cciais.platform.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.certificate.CertificateIssued;
import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.Enterprises;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.PlatformClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the certificate of an approved application, once: a redelivered event finds the certificate already
 * there, and the unique index on {@code application_id} stops a concurrent duplicate.
 */
@Component
public class CertificateIssuance {

	static final String NUMBER_PREFIX = "MIITCCCAIS-";

	private final CertificateRepository repository;
	private final Enterprises enterprises;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CertificateIssuance(CertificateRepository repository, Enterprises enterprises, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.enterprises = enterprises;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ApplicationApproved approved) {
		issue(approved);
	}

	/** Issues (or finds) the certificate for the approval; returns its id. */
	@Transactional
	public long issue(ApplicationApproved approved) {
		var existing = repository.findByApplicationId(approved.applicationId());
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		EnterpriseView e = enterprises.get(approved.enterpriseId());
		LocalDate issuedOn = LocalDate.ofInstant(approved.approvedAt(), PlatformClock.ZONE);
		String number = NUMBER_PREFIX + String.format("%06d", repository.nextNumber());
		Certificate certificate = repository.saveAndFlush(new Certificate(number, approved.applicationId(),
				approved.enterpriseId(), approved.industry(), approved.level(), issuedOn, approved.reviewOrgId(),
				approved.consultingOrgId(), new CopyData(e.name(), e.registeredAddress(), e.creditCode(),
						e.foundedOn(), e.legalRepresentative(), e.registeredCapital(), e.unitType()),
				clock.instant()));
		events.publishEvent(AuditRecord.system("certificate.issue", "certificate", certificate.getId(),
				"颁发证书 " + number + "（申请 " + approved.applicationId() + "）"));
		events.publishEvent(new CertificateIssued(certificate.getId(), approved.enterpriseId(), approved.industry(),
				approved.level(), issuedOn, certificate.toView().expiresOn(), approved.reviewOrgId()));
		return certificate.getId();
	}
}
