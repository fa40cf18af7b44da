package org.cciais.platform.certificate.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CopyData;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

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

	@Column(name = "invalid_reason")
	private String invalidReason;

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
		applyCopy(copy);
	}

	/** 失效: a missed annual inspection or a revocation. Only a valid certificate can become invalid. */
	public boolean invalidate(String reason, Instant at) {
		if (status != CertificateStatus.VALID) {
			return false;
		}
		status = CertificateStatus.INVALID;
		invalidReason = reason;
		statusChangedAt = at;
		return true;
	}

	/** The day after {@link #expiresOn} a valid certificate has expired. */
	public boolean expireIfDue(LocalDate today, Instant at) {
		if (status != CertificateStatus.VALID || !today.isAfter(expiresOn)) {
			return false;
		}
		status = CertificateStatus.EXPIRED;
		invalidReason = "有效期已满三年";
		statusChangedAt = at;
		return true;
	}

	/**
	 * 已换发: a renewal of this certificate was approved and issued {@code successor}. A valid certificate, or one
	 * that expired while its renewal was under review, becomes REPLACED; false (nothing changed) when already
	 * replaced or when it lapsed otherwise (失效).
	 */
	public boolean replaceBy(Certificate successor, Instant at) {
		if (status != CertificateStatus.VALID && status != CertificateStatus.EXPIRED) {
			return false;
		}
		status = CertificateStatus.REPLACED;
		invalidReason = "已换发新证书 " + successor.number;
		replacedById = successor.getId();
		replacedByNumber = successor.number;
		statusChangedAt = at;
		return true;
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

	public CertificateView toView() {
		return new CertificateView(id, number, applicationId, enterpriseId, industry, level, status, invalidReason,
				issuedOn, expiresOn, reviewOrgId, consultingOrgId, new CopyData(enterpriseName, registeredAddress,
						creditCode, foundedOn, legalRepresentative, registeredCapital, unitType), replacedById,
				replacedByNumber);
	}

	public Long getId() {
		return id;
	}

	public long getEnterpriseId() {
		return enterpriseId;
	}

	public CertificateStatus getStatus() {
		return status;
	}
}
