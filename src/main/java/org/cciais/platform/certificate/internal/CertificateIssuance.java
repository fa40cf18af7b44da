package org.cciais.platform.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.certificate.CertificateIssued;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateTransitionRefused;
import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the certificate of an approved application, once: a redelivered event finds the certificate already
 * there, and the unique index on {@code application_id} stops a concurrent duplicate. The certificate of an approved
 * renewal replaces the renewed one (REPLACED, pointing to its successor) in the same transaction.
 */
@Component
public class CertificateIssuance {

	static final String NUMBER_PREFIX = "MIITCCCAIS-";

	private final CertificateRepository repository;
	private final CertificateChanges changes;
	private final StatusReasons reasons;
	private final EnterpriseQueries enterprises;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	CertificateIssuance(CertificateRepository repository, CertificateChanges changes, StatusReasons reasons,
			EnterpriseQueries enterprises, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.changes = changes;
		this.reasons = reasons;
		this.enterprises = enterprises;
		this.events = events;
		this.clock = clock;
		// The insert runs in a transaction of its own, so that losing the race on the unique index rolls back only
		// the loser's insert and the caller (a redelivered event) can still answer with the winner's certificate.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(ApplicationApproved approved) {
		issue(approved);
	}

	/**
	 * Issues (or finds) the certificate for the approval; returns its id. Safe to call again and concurrently for
	 * the same application: exactly one certificate (and one number) results.
	 */
	public long issue(ApplicationApproved approved) {
		var existing = repository.findByApplicationId(approved.applicationId());
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		try {
			return ownTransaction.execute(tx -> create(approved));
		}
		catch (DataIntegrityViolationException concurrentDuplicate) {
			return repository.findByApplicationId(approved.applicationId())
				.map(Certificate::getId)
				.orElseThrow(() -> concurrentDuplicate);
		}
	}

	private long create(ApplicationApproved approved) {
		EnterpriseView e = enterprises.get(approved.enterpriseId());
		LocalDate issuedOn = LocalDate.ofInstant(approved.approvedAt(), PlatformClock.ZONE);
		String number = NUMBER_PREFIX + String.format("%06d", repository.nextNumber());
		Certificate certificate = repository.saveAndFlush(new Certificate(number, approved.applicationId(),
				approved.enterpriseId(), approved.industry(), approved.level(), issuedOn, approved.reviewOrgId(),
				approved.consultingOrgId(), new CopyData(e.name(), e.registeredAddress(), e.creditCode(),
						e.foundedOn(), e.legalRepresentative(), e.registeredCapital(), e.unitType()),
				clock.instant()));
		events.publishEvent(AuditRecord.system("certificate.issue", "certificate", certificate.getId(),
				reasons.record("certificate.audit.issue", number, String.valueOf(approved.applicationId()))));
		events.publishEvent(new CertificateIssued(certificate.getId(), approved.enterpriseId(), approved.industry(),
				approved.level(), issuedOn, certificate.toView().expiresOn(), approved.reviewOrgId()));
		if (approved.renewsCertificateId() != null) {
			replace(approved.renewsCertificateId(), certificate);
		}
		return certificate.getId();
	}

	private void replace(long renewedId, Certificate successor) {
		Certificate renewed = repository.findById(renewedId).orElseThrow(() -> new NotFoundException("error.notFound"));
		CertificateStatus before = renewed.getStatus();
		try {
			if (renewed.markReplaced(successor, reasons.replacedBy(successor),
					Actor.SYSTEM, clock.instant())) {
				changes.replaced(renewed, before);
			}
		}
		catch (CertificateTransitionRefused revokedMeanwhile) {
			// revoked, lapsed or cancelled while the renewal was under review: it stays so, the new one stands
		}
	}
}
