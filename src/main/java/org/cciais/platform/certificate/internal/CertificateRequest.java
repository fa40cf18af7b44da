package org.cciais.platform.certificate.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.certificate.CertificateRequestStatus;
import org.cciais.platform.certificate.CertificateRequestView;
import org.cciais.platform.shared.ConflictException;

/** The holder asks to cancel (注销) a certificate; the association confirms or declines it, once. */
@Entity
@Table(name = "certificate_requests")
public class CertificateRequest {

	public static final String CANCELLATION = "CANCELLATION";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "certificate_id", nullable = false)
	private long certificateId;

	@Column(name = "enterprise_id", nullable = false)
	private long enterpriseId;

	@Column(nullable = false)
	private String kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CertificateRequestStatus status;

	@Column(nullable = false)
	private String reason;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	private String opinion;

	/** Set while pending: its unique index keeps one pending request per certificate. */
	@Column(name = "open_certificate_id")
	private Long openCertificateId;

	@Version
	private long version;

	protected CertificateRequest() {
	}

	public CertificateRequest(long certificateId, long enterpriseId, String reason, String requestedBy, Instant at) {
		this.certificateId = certificateId;
		this.enterpriseId = enterpriseId;
		this.kind = CANCELLATION;
		this.status = CertificateRequestStatus.PENDING;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = at;
		this.openCertificateId = certificateId;
	}

	/** @throws ConflictException when already decided */
	public void confirm(String opinion, String by, Instant at) {
		decide(CertificateRequestStatus.CONFIRMED, opinion, by, at);
	}

	/** @throws ConflictException when already decided */
	public void decline(String opinion, String by, Instant at) {
		decide(CertificateRequestStatus.DECLINED, opinion, by, at);
	}

	private void decide(CertificateRequestStatus outcome, String opinion, String by, Instant at) {
		if (status != CertificateRequestStatus.PENDING) {
			throw new ConflictException("certificate.request.alreadyDecided", status);
		}
		this.status = outcome;
		this.opinion = opinion;
		this.decidedBy = by;
		this.decidedAt = at;
		this.openCertificateId = null;
	}

	public CertificateRequestView toView(String certificateNumber, String enterpriseName) {
		return new CertificateRequestView(id, certificateId, certificateNumber, enterpriseId, enterpriseName, kind,
				status, reason, requestedBy, requestedAt, decidedBy, decidedAt, opinion);
	}

	public Long getId() {
		return id;
	}

	public long getCertificateId() {
		return certificateId;
	}

	public String getReason() {
		return reason;
	}

	public long getEnterpriseId() {
		return enterpriseId;
	}
}
