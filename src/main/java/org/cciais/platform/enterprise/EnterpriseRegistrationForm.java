package org.cciais.platform.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Figure 2's enterprise registration (API part {@code data}); the starred fields cannot be changed later by the
 * enterprise. Password confirmation is checked by the page, not here.
 */
public record EnterpriseRegistrationForm(String username, String password, String regionCode, String creditCode,
		String name, String unitType, BigDecimal registeredCapital, String legalRepresentative,
		String registeredAddress, LocalDate foundedOn, String contactName, String contactPhone, String email,
		String companyEmail, String companyPhone, String postalAddress, String introduction) {
}
