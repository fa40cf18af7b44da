package org.cciais.platform.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The enterprise data printed on the 副本, as of issuance or as last changed by a passed annual inspection. */
public record CopyData(String enterpriseName, String registeredAddress, String creditCode, LocalDate foundedOn,
		String legalRepresentative, BigDecimal registeredCapital, String unitType) {
}
