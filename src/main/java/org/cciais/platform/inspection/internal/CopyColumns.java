package org.cciais.platform.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.cciais.platform.certificate.CopyData;

/** The seven 副本 fields as columns of the inspection (the baseline and the proposed data). */
@Embeddable
public class CopyColumns {

	@Column(name = "enterprise_name")
	private String enterpriseName;

	@Column(name = "registered_address")
	private String registeredAddress;

	@Column(name = "credit_code")
	private String creditCode;

	@Column(name = "founded_on")
	private LocalDate foundedOn;

	@Column(name = "legal_representative")
	private String legalRepresentative;

	@Column(name = "registered_capital")
	private BigDecimal registeredCapital;

	@Column(name = "unit_type")
	private String unitType;

	protected CopyColumns() {
	}

	CopyColumns(CopyData data) {
		this.enterpriseName = data.enterpriseName();
		this.registeredAddress = data.registeredAddress();
		this.creditCode = data.creditCode();
		this.foundedOn = data.foundedOn();
		this.legalRepresentative = data.legalRepresentative();
		this.registeredCapital = data.registeredCapital();
		this.unitType = data.unitType();
	}

	CopyData toData() {
		return new CopyData(enterpriseName, registeredAddress, creditCode, foundedOn, legalRepresentative,
				registeredCapital, unitType);
	}
}
