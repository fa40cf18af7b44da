package org.cciais.platform.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cciais.platform.certificate.internal.Actor;
import org.cciais.platform.certificate.internal.Certificate;
import org.cciais.platform.certificate.internal.CertificateChanges;
import org.cciais.platform.certificate.internal.CertificateRepository;
import org.cciais.platform.certificate.internal.CertificateRequest;
import org.cciais.platform.certificate.internal.CertificateRequestRepository;
import org.cciais.platform.certificate.internal.StatusReason;
import org.cciais.platform.certificate.internal.StatusReasons;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A certificate's life after issuance: suspension and restoration (ADMIN), revocation, the holder's cancellation
 * request and its decision, replacement by a renewal's successor, lapse and expiry. Each change is recorded in the
 * certificate's status history (reason, who, role, when), in the audit log, and published as
 * {@link CertificateStatusChanged} (notifications, inspections). A change the status does not allow is refused with
 * {@link CertificateTransitionRefused} (409).
 */
@Service
@Transactional
public class CertificateManagement {

	static final int REASON_MAX = 200;

	private final CertificateRepository repository;
	private final CertificateRequestRepository requests;
	private final CertificateChanges changes;
	private final StatusReasons reasons;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CertificateManagement(CertificateRepository repository, CertificateRequestRepository requests,
			CertificateChanges changes, StatusReasons reasons, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.requests = requests;
		this.changes = changes;
		this.reasons = reasons;
		this.events = events;
		this.clock = clock;
	}

	/** 暂停 (ADMIN): a VALID certificate becomes SUSPENDED; reason required. */
	public CertificateView suspend(long id, String reason, PlatformPrincipal admin) {
		String text = reason(reason, "certificate.reason.required");
		Certificate certificate = load(id);
		CertificateStatus before = certificate.getStatus();
		certificate.suspend(text, Actor.of(admin), clock.instant());
		return changed(certificate, before, "certificate.suspend", reasons.record("certificate.audit.suspend", text),
				admin);
	}

	/** 恢复 (ADMIN): a SUSPENDED certificate is VALID again; reason required. */
	public CertificateView restore(long id, String reason, PlatformPrincipal admin) {
		String text = reason(reason, "certificate.reason.required");
		Certificate certificate = load(id);
		CertificateStatus before = certificate.getStatus();
		certificate.restore(text, Actor.of(admin), clock.instant());
		return changed(certificate, before, "certificate.restore", reasons.record("certificate.audit.restore", text),
				admin);
	}

	/**
	 * 撤销 (ADMIN): a VALID or SUSPENDED certificate becomes 失效, irreversibly, with the reason shown on every page,
	 * the PDFs and the public verification.
	 */
	public CertificateView revoke(long id, String reason, PlatformPrincipal admin) {
		String text = reason(reason, "certificate.revoke.reasonRequired");
		Certificate certificate = load(id);
		CertificateStatus before = certificate.getStatus();
		StatusReason why = reasons.of(StatusReasons.REVOKED, text);
		certificate.revoke(why, Actor.of(admin), clock.instant());
		return changed(certificate, before, "certificate.invalidate", why.record(), admin);
	}

	/**
	 * 失效 for a reason of the caller's own, kept as typed. Idempotent: a certificate no longer VALID is left as it is
	 * and {@code false} returned. {@code by} null means the system.
	 */
	public boolean lapse(long id, String reason, PlatformPrincipal by) {
		return lapse(id, StatusReason.typed(reason), by);
	}

	/**
	 * 失效 because the annual inspection of the window {@code opensOn} … {@code closesOn} was not submitted in time,
	 * by the system; said in each reader's language. Idempotent like {@link #lapse(long, String, PlatformPrincipal)}.
	 */
	public boolean lapseForMissedInspection(long id, LocalDate opensOn, LocalDate closesOn) {
		return lapse(id, reasons.of(StatusReasons.INSPECTION_MISSED, null, opensOn.toString(), closesOn.toString()),
				null);
	}

	private boolean lapse(long id, StatusReason reason, PlatformPrincipal by) {
		Certificate certificate = load(id);
		if (!certificate.lapse(reason, Actor.of(by), clock.instant())) {
			return false;
		}
		changed(certificate, CertificateStatus.VALID, "certificate.invalidate", reason.record(), by);
		return true;
	}

	/**
	 * A passed annual inspection with changed licence data, or a passed change application ({@code by} null: the
	 * system acting on it), updates the 副本 data of the electronic certificate.
	 */
	public void updateCopy(long id, CopyData copy, PlatformPrincipal by) {
		Certificate certificate = load(id);
		certificate.updateCopy(copy);
		events.publishEvent(by == null ? AuditRecord.system("certificate.copy.update", "certificate", id,
				"副本信息变更（变更申请通过）：" + copy.describe())
				: AuditRecord.of(by, "certificate.copy.update", "certificate", id, "副本信息变更：" + copy.describe()));
	}

	/** Sets EXPIRED on every valid or suspended certificate whose three years are over; returns how many changed. */
	public int expireDue() {
		LocalDate today = LocalDate.now(clock);
		int changed = 0;
		StatusReason expired = reasons.of(StatusReasons.EXPIRED, null);
		for (Certificate certificate : repository.findExpiredBy(today)) {
			CertificateStatus before = certificate.getStatus();
			if (certificate.expire(today, expired, clock.instant())) {
				changed++;
				changed(certificate, before, "certificate.expire", reasons.record("certificate.audit.expire"), null);
			}
		}
		return changed;
	}

	/**
	 * The renewed certificate {@code certificateId} becomes REPLACED and points at its {@code successorId}
	 * (verification shows "已换发新证书 …"), as {@link Certificate#markReplaced} allows; the issuance of a renewal does
	 * the same on the certificates it holds. Idempotent (same successor).
	 *
	 * @throws NotFoundException when either certificate does not exist
	 * @throws CertificateTransitionRefused when the old certificate was revoked, lapsed, cancelled or replaced by
	 *         another
	 */
	public CertificateView markReplaced(long certificateId, long successorId) {
		Certificate successor = load(successorId);
		Certificate certificate = load(certificateId);
		CertificateStatus before = certificate.getStatus();
		if (certificate.markReplaced(successor, reasons.replacedBy(successor),
				Actor.SYSTEM, clock.instant())) {
			changes.replaced(certificate, before);
		}
		return certificate.toView();
	}

	/** The status history of a certificate, oldest first (public: shown by the verification). */
	@Transactional(readOnly = true)
	public List<StatusChange> history(long id) {
		return load(id).history();
	}

	/**
	 * 申请注销 (ENTERPRISE): asks the association to cancel one of its own certificates (another enterprise's is "not
	 * found"). Refused while a request is pending or when the certificate is no longer VALID or SUSPENDED.
	 */
	public CertificateRequestView requestCancellation(long certificateId, String reason, PlatformPrincipal me) {
		String text = reason(reason, "certificate.cancel.reasonRequired");
		Certificate certificate = repository.findByIdAndEnterpriseId(certificateId, me.requireEnterpriseId())
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		certificate.requireCancellable();
		if (requests.existsByOpenCertificateId(certificateId)) {
			throw new ConflictException("certificate.cancel.pending");
		}
		CertificateRequest request = requests.saveAndFlush(new CertificateRequest(certificateId,
				certificate.getEnterpriseId(), text, me.username(), clock.instant()));
		events.publishEvent(AuditRecord.of(me, "certificate.cancel.request", "certificate", certificateId,
				"申请注销证书 " + certificate.getNumber() + "：" + text));
		return view(request, certificate);
	}

	/** The enterprise's own requests, newest first. */
	@Transactional(readOnly = true)
	public List<CertificateRequestView> requestsOf(long enterpriseId) {
		return requests.findByEnterprise(enterpriseId).stream().map(this::view).toList();
	}

	/** ADMIN: requests in the given states (all when empty), newest first, at most 500. */
	@Transactional(readOnly = true)
	public List<CertificateRequestView> requests(Set<CertificateRequestStatus> states) {
		var wanted = states == null || states.isEmpty() ? EnumSet.allOf(CertificateRequestStatus.class) : states;
		return requests.findByStatusIn(wanted, PageRequest.of(0, 500)).stream().map(this::view).toList();
	}

	/** Sortable columns of the request lists; unsorted, the newest request first (as they always were). */
	public static final Sortable REQUEST_SORT = Sortable
		.by(Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.desc("id")))
		.field("requestedAt")
		.field("status")
		.field("decidedAt")
		.shownAs("requestedAt", Sort.Direction.DESC);

	/** One page of {@link #requestsOf(long)}, in the database; see {@link #REQUEST_SORT}. */
	@Transactional(readOnly = true)
	public Page<CertificateRequestView> requestsOf(long enterpriseId, Pageable pageable) {
		return requests.findByEnterpriseId(enterpriseId, pageable).map(this::view);
	}

	/** One page of {@link #requests(Set)}, without its cap; see {@link #REQUEST_SORT}. */
	@Transactional(readOnly = true)
	public Page<CertificateRequestView> requests(Set<CertificateRequestStatus> states, Pageable pageable) {
		var wanted = states == null || states.isEmpty() ? EnumSet.allOf(CertificateRequestStatus.class) : states;
		return requests.pageByStatusIn(wanted, pageable).map(this::view);
	}

	/** ADMIN confirms a pending cancellation: the certificate becomes CANCELLED (注销) with the holder's reason. */
	public CertificateRequestView confirm(long requestId, String opinion, PlatformPrincipal admin) {
		String text = optional(opinion);
		CertificateRequest request = requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		Certificate certificate = load(request.getCertificateId());
		CertificateStatus before = certificate.getStatus();
		request.confirm(text, admin.username(), clock.instant());
		StatusReason reason = reasons.of(StatusReasons.CANCEL_REQUESTED, request.getReason());
		certificate.cancel(reason, Actor.of(admin), clock.instant());
		requests.saveAndFlush(request);
		changed(certificate, before, "certificate.cancel",
				text == null ? reason.record() : reasons.record("certificate.audit.cancel", reason.record(), text), admin);
		return view(request, certificate);
	}

	/** ADMIN declines a pending cancellation with an opinion (required); the certificate stays as it is. */
	public CertificateRequestView decline(long requestId, String opinion, PlatformPrincipal admin) {
		String text = reason(opinion, "certificate.decline.opinionRequired", "opinion");
		CertificateRequest request = requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		request.decline(text, admin.username(), clock.instant());
		requests.saveAndFlush(request);
		Certificate certificate = load(request.getCertificateId());
		events.publishEvent(AuditRecord.of(admin, "certificate.cancel.decline", "certificate", certificate.getId(),
				"驳回注销申请（证书 " + certificate.getNumber() + "）：" + text));
		events.publishEvent(new CertificateRequestDeclined(request.getId(), certificate.getId(),
				certificate.getEnterpriseId(), text));
		return view(request, certificate);
	}

	private CertificateView changed(Certificate certificate, CertificateStatus before, String action, String detail,
			PlatformPrincipal by) {
		return changes.record(certificate, before, action, detail, by);
	}

	private Certificate load(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	private CertificateRequestView view(CertificateRequest request) {
		return view(request, load(request.getCertificateId()));
	}

	private static CertificateRequestView view(CertificateRequest request, Certificate certificate) {
		var c = certificate.toView();
		return request.toView(c.number(), c.copy().enterpriseName());
	}

	private static String reason(String reason, String requiredKey) {
		return reason(reason, requiredKey, "reason");
	}

	private static String reason(String reason, String requiredKey, String field) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException(field, requiredKey);
		}
		if (text.length() > REASON_MAX) {
			throw new InvalidInputException(field, "certificate.reason.tooLong", REASON_MAX);
		}
		return text;
	}

	private static String optional(String opinion) {
		String text = opinion == null ? "" : opinion.strip();
		if (text.length() > REASON_MAX) {
			throw new InvalidInputException("opinion", "certificate.reason.tooLong", REASON_MAX);
		}
		return text.isEmpty() ? null : text;
	}
}
