package org.cciais.platform.enterprise.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.enterprise.ChangeData;
import org.cciais.platform.enterprise.ChangeStatus;
import org.cciais.platform.enterprise.ChangeView;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.LocalText;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 变更申请 (issue 10 item 8): guarded transitions SUBMITTED → PASSED, SUBMITTED → RECTIFICATION → (re-upload)
 * SUBMITTED; {@code @Version} lets one of two concurrent decisions win.
 */
@Entity
@Table(name = "enterprise_changes")
public class EnterpriseChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id", nullable = false)
	private long enterpriseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ChangeStatus status;

	@Column(nullable = false)
	private String name;

	@Column(name = "registered_address", nullable = false)
	private String registeredAddress;

	@Column(name = "legal_representative", nullable = false)
	private String legalRepresentative;

	@Column(name = "registered_capital", nullable = false)
	private BigDecimal registeredCapital;

	@Column(name = "unit_type", nullable = false)
	private String unitType;

	@Column(name = "old_name", nullable = false)
	private String oldName;

	@Column(name = "old_registered_address", nullable = false)
	private String oldRegisteredAddress;

	@Column(name = "old_legal_representative", nullable = false)
	private String oldLegalRepresentative;

	@Column(name = "old_registered_capital", nullable = false)
	private BigDecimal oldRegisteredCapital;

	@Column(name = "old_unit_type", nullable = false)
	private String oldUnitType;

	@Column(name = "proof_file_id", nullable = false)
	private UUID proofFileId;

	@Column(name = "licence_file_id", nullable = false)
	private UUID licenceFileId;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column
	private String opinion;

	/** The enterprise while open; unique, so an enterprise has one open change at a time. */
	@Column(name = "open_enterprise_id")
	private Long openEnterpriseId;

	@Version
	private long version;

	protected EnterpriseChange() {
	}

	public EnterpriseChange(long enterpriseId, ChangeData data, ChangeData before, UUID proofFileId,
			UUID licenceFileId, Instant at) {
		this.enterpriseId = enterpriseId;
		this.status = ChangeStatus.SUBMITTED;
		this.name = data.name();
		this.registeredAddress = data.registeredAddress();
		this.legalRepresentative = data.legalRepresentative();
		this.registeredCapital = data.registeredCapital();
		this.unitType = data.unitType();
		this.oldName = before.name();
		this.oldRegisteredAddress = before.registeredAddress();
		this.oldLegalRepresentative = before.legalRepresentative();
		this.oldRegisteredCapital = before.registeredCapital();
		this.oldUnitType = before.unitType();
		this.proofFileId = proofFileId;
		this.licenceFileId = licenceFileId;
		this.submittedAt = at;
		this.openEnterpriseId = enterpriseId;
	}

	/** 审核通过: only while waiting for review. */
	public void pass(String by, String opinion, Instant at) {
		require(ChangeStatus.SUBMITTED, "pass");
		status = ChangeStatus.PASSED;
		decide(by, opinion, at);
		openEnterpriseId = null;
	}

	/** 审核不通过: the enterprise rectifies by uploading the files again. */
	public void fail(String by, String opinion, Instant at) {
		require(ChangeStatus.SUBMITTED, "fail");
		status = ChangeStatus.RECTIFICATION;
		decide(by, opinion, at);
	}

	/** 整改: new 变更证明 and 营业执照; returns the replaced file ids. */
	public UUID[] rectify(UUID proof, UUID licence, Instant at) {
		require(ChangeStatus.RECTIFICATION, "rectify");
		UUID[] replaced = { proofFileId, licenceFileId };
		proofFileId = proof;
		licenceFileId = licence;
		status = ChangeStatus.SUBMITTED;
		submittedAt = at;
		return replaced;
	}

	private void require(ChangeStatus expected, String action) {
		if (status != expected) {
			throw new ConflictException("enterprise.change.state",
					new DefaultMessageSourceResolvable("enterprise.change.action." + action), status);
		}
	}

	private void decide(String by, String text, Instant at) {
		decidedBy = by;
		opinion = text;
		decidedAt = at;
	}

	public ChangeData data() {
		return new ChangeData(name, registeredAddress, legalRepresentative, registeredCapital, unitType);
	}

	public ChangeView toView() {
		return new ChangeView(id, enterpriseId, status, LocalText.of(status), data(), new ChangeData(oldName,
				oldRegisteredAddress, oldLegalRepresentative, oldRegisteredCapital, oldUnitType), proofFileId,
				licenceFileId, submittedAt, decidedAt, decidedBy, opinion, version);
	}

	public Long getId() {
		return id;
	}

	public long getEnterpriseId() {
		return enterpriseId;
	}

	public UUID getLicenceFileId() {
		return licenceFileId;
	}
}
