package org.cciais.platform.enterprise;

import java.math.BigDecimal;

/** The 副本 fields an enterprise may change only through a change application (manual: locked at registration). */
public record ChangeData(String name, String registeredAddress, String legalRepresentative,
		BigDecimal registeredCapital, String unitType) {
}
