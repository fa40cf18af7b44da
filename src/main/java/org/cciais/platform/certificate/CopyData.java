package org.cciais.platform.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The enterprise data printed on the 副本, as of issuance or as last changed by a passed annual inspection. */
public record CopyData(String enterpriseName, String registeredAddress, String creditCode, LocalDate foundedOn,
		String legalRepresentative, BigDecimal registeredCapital, String unitType) {

	/** The data as people read it, for the audit log (never the record's own {@code toString}). */
	public String describe() {
		return "企业名称 " + enterpriseName + "；注册地址 " + registeredAddress + "；统一社会信用代码 " + creditCode + "；成立日期 "
				+ foundedOn + "；法定代表人 " + legalRepresentative + "；注册资金 "
				+ (registeredCapital == null ? "—" : registeredCapital.stripTrailingZeros().toPlainString() + " 万元")
				+ "；单位性质 " + unitType;
	}
}
