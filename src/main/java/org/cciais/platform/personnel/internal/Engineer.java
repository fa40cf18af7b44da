package org.cciais.platform.personnel.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.personnel.EngineerView;
import org.cciais.platform.shared.ConflictException;

/**
 * A certified engineer of the registry and the binding rules of manual 3.6.2 / 3.6.3: the first binding only to
 * the recommending enterprise, never to two enterprises at once, and after an unbinding to another enterprise only
 * with the 全国专业技术人员岗位能力证书.
 */
@Entity
@Table(name = "engineers")
public class Engineer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "id_number_enc", nullable = false)
	private String idNumberEncrypted;

	@Column(name = "id_number_hash", nullable = false, unique = true)
	private String idNumberHash;

	@Column(nullable = false)
	private String name;

	@Column(name = "certificate_number", nullable = false, unique = true)
	private String certificateNumber;

	@Column(name = "recommending_credit_code", nullable = false)
	private String recommendingCreditCode;

	@Column(name = "has_capability_certificate", nullable = false)
	private boolean hasCapabilityCertificate;

	@Column(name = "bound_enterprise_id")
	private Long boundEnterpriseId;

	@Column(name = "bound_on")
	private LocalDate boundOn;

	@Column(name = "ever_bound", nullable = false)
	private boolean everBound;

	@Column(name = "last_enterprise_id")
	private Long lastEnterpriseId;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Version
	private long version;

	protected Engineer() {
	}

	public Engineer(String idNumberEncrypted, String idNumberHash, String name, String certificateNumber,
			String recommendingCreditCode, boolean hasCapabilityCertificate, Instant registeredAt) {
		this.idNumberEncrypted = idNumberEncrypted;
		this.idNumberHash = idNumberHash;
		this.name = name;
		this.certificateNumber = certificateNumber;
		this.recommendingCreditCode = recommendingCreditCode;
		this.hasCapabilityCertificate = hasCapabilityCertificate;
		this.registeredAt = registeredAt;
	}

	/**
	 * Binds the engineer to the enterprise (identified also by its credit code, to compare with the recommending
	 * one), or refuses with the rule that forbids it.
	 */
	public void bindTo(long enterpriseId, String enterpriseCreditCode, LocalDate today) {
		if (boundEnterpriseId != null) {
			throw new ConflictException(boundEnterpriseId == enterpriseId ? "personnel.bind.alreadyOurs"
					: "personnel.bind.boundElsewhere");
		}
		if (!everBound) {
			if (!recommendingCreditCode.equalsIgnoreCase(enterpriseCreditCode)) {
				throw new ConflictException("personnel.bind.notRecommended");
			}
		}
		else if (lastEnterpriseId == null || lastEnterpriseId != enterpriseId) {
			if (!hasCapabilityCertificate) {
				throw new ConflictException("personnel.bind.capabilityRequired");
			}
		}
		boundEnterpriseId = enterpriseId;
		boundOn = today;
		everBound = true;
		lastEnterpriseId = enterpriseId;
	}

	/** 删除: frees the engineer; the enterprise stays on record as the latest one. */
	public void unbindFrom(long enterpriseId) {
		if (boundEnterpriseId == null || boundEnterpriseId != enterpriseId) {
			throw new ConflictException("personnel.unbind.notBound");
		}
		boundEnterpriseId = null;
		boundOn = null;
	}

	public EngineerView toView(String maskedIdNumber) {
		return new EngineerView(id, name, maskedIdNumber, certificateNumber, recommendingCreditCode,
				hasCapabilityCertificate, boundEnterpriseId, boundOn, everBound);
	}

	public Long getId() {
		return id;
	}

	public String getIdNumberEncrypted() {
		return idNumberEncrypted;
	}

	public String getName() {
		return name;
	}

	public String getCertificateNumber() {
		return certificateNumber;
	}

	public boolean hasCapabilityCertificate() {
		return hasCapabilityCertificate;
	}

	public Long getBoundEnterpriseId() {
		return boundEnterpriseId;
	}

	public LocalDate getBoundOn() {
		return boundOn;
	}
}
