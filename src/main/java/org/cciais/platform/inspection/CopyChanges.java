package org.cciais.platform.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cciais.platform.certificate.CopyData;

/**
 * The 副本 fields an enterprise changes in its annual inspection because its licence changed (manual 4.2); the
 * same field names as {@link CopyData}. A null field is unchanged.
 */
public record CopyChanges(String enterpriseName, String registeredAddress, String creditCode, LocalDate foundedOn,
		String legalRepresentative, BigDecimal registeredCapital, String unitType) {

	public static final CopyChanges NONE = new CopyChanges(null, null, null, null, null, null, null);

	/** The full 副本 data after applying these changes to {@code current}. */
	public CopyData applyTo(CopyData current) {
		return new CopyData(enterpriseName != null ? enterpriseName : current.enterpriseName(),
				registeredAddress != null ? registeredAddress : current.registeredAddress(),
				creditCode != null ? creditCode : current.creditCode(),
				foundedOn != null ? foundedOn : current.foundedOn(),
				legalRepresentative != null ? legalRepresentative : current.legalRepresentative(),
				registeredCapital != null ? registeredCapital : current.registeredCapital(),
				unitType != null ? unitType : current.unitType());
	}

	/** Every field given, e.g. the whole form of the page. */
	public static CopyChanges of(CopyData data) {
		return new CopyChanges(data.enterpriseName(), data.registeredAddress(), data.creditCode(), data.foundedOn(),
				data.legalRepresentative(), data.registeredCapital(), data.unitType());
	}
}
