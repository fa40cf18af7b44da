package org.cciais.platform.certificate.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateStatusChanged;
import org.cciais.platform.certificate.CertificateTransitionRefused;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.certificate.StatusChange;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.LocalText;

@Entity
@Table(name = "certificates")
public class Certificate {

	/** A certificate is valid for three years from its issue date (DESIGN.md, manual section 4). */
	public static final int VALID_YEARS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String number;

	@Column(name = "application_id", nullable = false, unique = true)
	private long applicationId;

	@Column(name = "enterprise_id", nullable = false)
	private long enterpriseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Industry industry;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Level level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CertificateStatus status;

	/** Why it is not VALID, as the Chinese record the sheets print and the audit log keeps. */
	@Column(name = "invalid_reason")
	private String invalidReason;

	/** The platform's own words of {@link #invalidReason} (a bundle key), null for a reason only typed. */
	@Column(name = "invalid_reason_key")
	private String invalidReasonKey;

	/** All the arguments of {@link #invalidReasonKey}, what was typed last, separated by U+001F. */
	@Column(name = "invalid_reason_args")
	private String invalidReasonArgs;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "expires_on", nullable = false)
	private LocalDate expiresOn;

	@Column(name = "review_org_id", nullable = false)
	private long reviewOrgId;

	@Column(name = "consulting_org_id")
	private Long consultingOrgId;

	@Column(name = "enterprise_name", nullable = false)
	private String enterpriseName;

	@Column(name = "registered_address", nullable = false)
	private String registeredAddress;

	@Column(name = "credit_code", nullable = false)
	private String creditCode;

	@Column(name = "founded_on", nullable = false)
	private LocalDate foundedOn;

	@Column(name = "legal_representative", nullable = false)
	private String legalRepresentative;

	@Column(name = "registered_capital", nullable = false)
	private BigDecimal registeredCapital;

	@Column(name = "unit_type", nullable = false)
	private String unitType;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "status_changed_at")
	private Instant statusChangedAt;

	@Column(name = "replaced_by_id")
	private Long replacedById;

	@Column(name = "replaced_by_number")
	private String replacedByNumber;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "certificate_id", nullable = false, updatable = false)
	@OrderBy("changedAt, id")
	private List<StatusHistoryEntry> history = new ArrayList<>();

	@Version
	private long version;

	protected Certificate() {
	}

	public Certificate(String number, long applicationId, long enterpriseId, Industry industry, Level level,
			LocalDate issuedOn, long reviewOrgId, Long consultingOrgId, CopyData copy, Instant createdAt) {
		this.number = number;
		this.applicationId = applicationId;
		this.enterpriseId = enterpriseId;
		this.industry = industry;
		this.level = level;
		this.status = CertificateStatus.VALID;
		this.issuedOn = issuedOn;
		this.expiresOn = issuedOn.plusYears(VALID_YEARS);
		this.reviewOrgId = reviewOrgId;
		this.consultingOrgId = consultingOrgId;
		this.createdAt = createdAt;
		this.statusChangedAt = createdAt;
		applyCopy(copy);
		history.add(new StatusHistoryEntry(CertificateStatus.VALID,
				new StatusReason(StatusReasons.ISSUED, List.of(), null, null), Actor.SYSTEM, createdAt));
	}

	/**
	 * 暂停: the association suspends a valid certificate; reversible by {@link #restore}.
	 *
	 * @throws CertificateTransitionRefused when the certificate is not VALID
	 */
	public void suspend(String reason, Actor by, Instant at) {
		requireStatus(CertificateStatus.VALID, "certificate.suspend.notAllowed");
		enter(CertificateStatus.SUSPENDED, StatusReason.typed(reason), by, at);
	}

	/**
	 * 恢复: a suspended certificate is valid again (one whose three years ran out meanwhile has expired instead, see
	 * {@link #expire}).
	 *
	 * @throws CertificateTransitionRefused when the certificate is not SUSPENDED
	 */
	public void restore(String reason, Actor by, Instant at) {
		requireStatus(CertificateStatus.SUSPENDED, "certificate.restore.notAllowed");
		enter(CertificateStatus.VALID, StatusReason.typed(reason), by, at);
	}

	/**
	 * 注销: the association confirms the holder's request to cancel; a suspended certificate may be cancelled too.
	 *
	 * @throws CertificateTransitionRefused when the certificate is neither VALID nor SUSPENDED
	 */
	public void cancel(StatusReason reason, Actor by, Instant at) {
		requireLive("certificate.cancel.notAllowed");
		enter(CertificateStatus.CANCELLED, reason, by, at);
	}

	/** Whether the holder may ask for its cancellation now (the same rule as {@link #cancel}). */
	public void requireCancellable() {
		requireLive("certificate.cancel.notAllowed");
	}

	/**
	 * 撤销 (失效, irreversible): the association revokes a valid or suspended certificate.
	 *
	 * @throws CertificateTransitionRefused when the certificate is neither VALID nor SUSPENDED
	 */
	public void revoke(StatusReason reason, Actor by, Instant at) {
		requireLive("certificate.revoke.notAllowed");
		enter(CertificateStatus.INVALID, reason, by, at);
	}

	/**
	 * 失效 because an annual inspection was missed. Idempotent for the deadline job: a certificate that is no longer
	 * valid is left as it is and {@code false} returned.
	 */
	public boolean lapse(StatusReason reason, Actor by, Instant at) {
		if (status != CertificateStatus.VALID) {
			return false;
		}
		enter(CertificateStatus.INVALID, reason, by, at);
		return true;
	}

	/**
	 * 已过期: the day after {@link #expiresOn} a valid or suspended certificate has expired ({@code reason}: the
	 * three years are over, {@link StatusReasons#EXPIRED}). Idempotent: returns {@code false} when not due or already
	 * ended.
	 */
	public boolean expire(LocalDate today, StatusReason reason, Instant at) {
		if (status.terminal() || !today.isAfter(expiresOn)) {
			return false;
		}
		enter(CertificateStatus.EXPIRED, reason, Actor.SYSTEM, at);
		return true;
	}

	/**
	 * 已换发: a renewal issued {@code successor} (of the same enterprise and industry); this certificate points at it
	 * from now on ({@code reason}: {@link StatusReasons#replacedBy}). A valid, suspended or (while its renewal was
	 * under review) expired certificate can be replaced; asking again for the same successor changes nothing.
	 *
	 * @return whether the status changed
	 * @throws CertificateTransitionRefused when the certificate was revoked, lapsed, cancelled, or replaced by another
	 * @throws IllegalArgumentException when {@code successor} is this certificate or one of another enterprise or
	 *         industry (a programming error, never a user's)
	 */
	public boolean markReplaced(Certificate successor, StatusReason reason, Actor by, Instant at) {
		if (successor.enterpriseId != enterpriseId || successor.industry != industry) {
			throw new IllegalArgumentException("a successor must be a certificate of the same enterprise and industry");
		}
		if (successor == this || (id != null && id.equals(successor.id))) {
			throw new IllegalArgumentException("a certificate cannot replace itself");
		}
		if (status == CertificateStatus.REPLACED && successor.id != null && successor.id.equals(replacedById)) {
			return false;
		}
		if (status != CertificateStatus.VALID && status != CertificateStatus.SUSPENDED
				&& status != CertificateStatus.EXPIRED) {
			throw new CertificateTransitionRefused("certificate.replace.notAllowed", status);
		}
		replacedById = successor.id;
		replacedByNumber = successor.number;
		enter(CertificateStatus.REPLACED, reason, by, at);
		return true;
	}

	private void requireStatus(CertificateStatus required, String refusal) {
		if (status != required) {
			throw new CertificateTransitionRefused(refusal, status);
		}
	}

	private void requireLive(String refusal) {
		if (status.terminal()) {
			throw new CertificateTransitionRefused(refusal, status);
		}
	}

	private void enter(CertificateStatus next, StatusReason reason, Actor by, Instant at) {
		status = next;
		invalidReason = next == CertificateStatus.VALID ? null : reason.record();
		invalidReasonKey = next == CertificateStatus.VALID ? null : reason.key();
		invalidReasonArgs = invalidReasonKey == null ? null : StatusReason.join(reason.arguments());
		statusChangedAt = at;
		history.add(new StatusHistoryEntry(next, reason, by, at));
	}

	/** Oldest first; the first entry is the issuance. */
	public List<StatusChange> history() {
		return history.stream().map(StatusHistoryEntry::toChange).toList();
	}

	/** What was typed for the latest change (a restoration's reason), null for nothing. */
	public String lastTypedReason() {
		return history.isEmpty() ? null : history.get(history.size() - 1).getReason();
	}

	/** The platform's own words of the latest change with what was typed, null for a reason only typed. */
	public CertificateStatusChanged.Words lastWords() {
		return history.isEmpty() ? null : history.get(history.size() - 1).words();
	}

	public void updateCopy(CopyData copy) {
		if (status != CertificateStatus.VALID) {
			throw new ConflictException("certificate.notValid");
		}
		applyCopy(copy);
	}

	private void applyCopy(CopyData copy) {
		this.enterpriseName = copy.enterpriseName();
		this.registeredAddress = copy.registeredAddress();
		this.creditCode = copy.creditCode();
		this.foundedOn = copy.foundedOn();
		this.legalRepresentative = copy.legalRepresentative();
		this.registeredCapital = copy.registeredCapital();
		this.unitType = copy.unitType();
	}

	/** Why it is not VALID in the reader's language: the platform's words translated, else as stored; null if VALID. */
	private LocalText reason() {
		return invalidReason == null ? null
				: StatusReason.said(invalidReasonKey, StatusReason.split(invalidReasonArgs), invalidReason);
	}

	public CertificateView toView() {
		return new CertificateView(id, number, applicationId, enterpriseId, industry, level, status, invalidReason,
				reason(), issuedOn, expiresOn, reviewOrgId, consultingOrgId, new CopyData(enterpriseName, registeredAddress,
						creditCode, foundedOn, legalRepresentative, registeredCapital, unitType),
				statusChangedAt == null ? createdAt : statusChangedAt, replacedById, replacedByNumber);
	}

	public Long getId() {
		return id;
	}

	public Industry getIndustry() {
		return industry;
	}

	public long getEnterpriseId() {
		return enterpriseId;
	}

	public String getNumber() {
		return number;
	}

	public CertificateStatus getStatus() {
		return status;
	}
}
