package org.cciais.platform.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cciais.platform.certificate.internal.Certificate;
import org.cciais.platform.certificate.internal.CertificateRepository;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Certificates as the rest of the platform reads and changes them (issuance happens on the approval event). */
@Service
@Transactional
public class Certificates {

	/** How a revocation reads wherever the status is shown. */
	public static final String REVOKED_PREFIX = "协会撤销：";

	private final CertificateRepository repository;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Certificates(CertificateRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<CertificateView> find(long id) {
		return repository.findById(id).map(Certificate::toView);
	}

	/** Scoped to the enterprise: another enterprise's certificate is "not found". */
	@Transactional(readOnly = true)
	public CertificateView getForEnterprise(long id, long enterpriseId) {
		return repository.findByIdAndEnterpriseId(id, enterpriseId)
			.map(Certificate::toView)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	@Transactional(readOnly = true)
	public List<CertificateView> ofEnterprise(long enterpriseId) {
		return repository.findByEnterprise(enterpriseId).stream().map(Certificate::toView).toList();
	}

	@Transactional(readOnly = true)
	public Optional<CertificateView> byNumber(String number) {
		return number == null ? Optional.empty()
				: repository.findByNumber(number.trim().toUpperCase()).map(Certificate::toView);
	}

	@Transactional(readOnly = true)
	public Optional<CertificateView> byApplication(long applicationId) {
		return repository.findByApplicationId(applicationId).map(Certificate::toView);
	}

	/** Public look-up by enterprise name, exact or prefix (at least two characters), at most 50 results. */
	@Transactional(readOnly = true)
	public List<CertificateView> byEnterpriseName(String name) {
		if (name == null || name.trim().length() < 2) {
			return List.of();
		}
		return repository.findByEnterpriseNamePrefix(CertificateRepository.likeEscaped(name.trim()), PageRequest.of(0, 50))
			.stream()
			.map(Certificate::toView)
			.toList();
	}

	/**
	 * ADMIN search over number, enterprise name and credit code (contains, case-insensitive for the number); blank
	 * text lists the newest. {@code status} null means every status.
	 */
	@Transactional(readOnly = true)
	public List<CertificateView> search(String text, CertificateStatus status, int limit) {
		String typed = CertificateRepository.likeEscaped(text == null ? "" : text.trim());
		var states = status == null ? EnumSet.allOf(CertificateStatus.class) : EnumSet.of(status);
		return repository.search(typed.toUpperCase(Locale.ROOT), typed, states,
				PageRequest.of(0, Math.max(1, Math.min(limit, 500))))
			.stream()
			.map(Certificate::toView)
			.toList();
	}

	/**
	 * The association revokes a valid certificate: it becomes 失效 with the reason shown on every page, the PDFs and
	 * the public verification. Audited with the ADMIN as actor. A certificate that is not valid cannot be revoked.
	 */
	public CertificateView revoke(long id, String reason, PlatformPrincipal admin) {
		String text = reason == null ? "" : reason.trim();
		if (text.isEmpty()) {
			throw new InvalidInputException("reason", "certificate.revoke.reasonRequired");
		}
		if (text.length() > 200) {
			throw new InvalidInputException("reason", "certificate.revoke.reasonTooLong");
		}
		Certificate certificate = repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		if (certificate.getStatus() != CertificateStatus.VALID) {
			throw new ConflictException("certificate.notValid");
		}
		invalidate(id, REVOKED_PREFIX + text, admin);
		return certificate.toView();
	}

	/**
	 * Makes a valid certificate 失效 with the reason shown everywhere (missed annual inspection, revocation).
	 * Idempotent: an already invalid or expired certificate is left as it is. {@code by} null means the system.
	 */
	public boolean invalidate(long id, String reason, PlatformPrincipal by) {
		Certificate certificate = repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		if (!certificate.invalidate(reason, clock.instant())) {
			return false;
		}
		events.publishEvent(by == null ? AuditRecord.system("certificate.invalidate", "certificate", id, reason)
				: AuditRecord.of(by, "certificate.invalidate", "certificate", id, reason));
		events.publishEvent(new CertificateStatusChanged(id, certificate.getEnterpriseId(),
				CertificateStatus.INVALID, reason));
		return true;
	}

	/** A passed annual inspection with changed licence data updates the 副本 data of the electronic certificate. */
	public void updateCopy(long id, CopyData copy, PlatformPrincipal by) {
		Certificate certificate = repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		certificate.updateCopy(copy);
		events.publishEvent(AuditRecord.of(by, "certificate.copy.update", "certificate", id, "副本信息变更：" + copy.describe()));
	}

	/** Sets EXPIRED on every valid certificate whose three years are over; returns how many changed. */
	public int expireDue() {
		LocalDate today = LocalDate.now(clock);
		int changed = 0;
		for (Certificate certificate : repository.findExpiredBy(today)) {
			if (certificate.expireIfDue(today, clock.instant())) {
				changed++;
				events.publishEvent(AuditRecord.system("certificate.expire", "certificate", certificate.getId(),
						"有效期满，证书过期"));
				events.publishEvent(new CertificateStatusChanged(certificate.getId(), certificate.getEnterpriseId(),
						CertificateStatus.EXPIRED, "有效期已满三年"));
			}
		}
		return changed;
	}
}
