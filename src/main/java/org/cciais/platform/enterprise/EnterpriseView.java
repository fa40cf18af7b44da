package org.cciais.platform.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An enterprise's registration data (the 副本 fields) and contacts. */
public record EnterpriseView(long id, String regionCode, String creditCode, String name, UUID licenceFileId,
		String unitType, BigDecimal registeredCapital, String legalRepresentative, String registeredAddress,
		LocalDate foundedOn, String contactName, String contactPhone, String email, String companyEmail,
		String companyPhone, String postalAddress, String introduction, Instant registeredAt,
		Instant firstApplicationAt) {
}
