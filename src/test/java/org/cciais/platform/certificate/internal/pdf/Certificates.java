package org.cciais.platform.certificate.internal.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Print data for tests: a valid 金融 叁级 certificate, and variations of it in one line each. */
final class Certificates {

	static final String VERIFY_URL = "https://cciais.example.org/verify?number=MIITCCCAIS-000012";

	private Certificates() {
	}

	static CertificatePrintData valid() {
		return new CertificatePrintData("MIITCCCAIS-000012", "金融", "叁级", "北京华信安全科技有限公司",
				"北京市海淀区中关村南大街5号院3号楼12层1205室", "91110108MA01ABCD3X", LocalDate.of(2012, 3, 15), "张伟",
				new BigDecimal("5000.00"), "有限责任公司", "中安评审认证中心", "北京信安咨询服务有限公司",
				LocalDate.of(2025, 7, 20), LocalDate.of(2028, 7, 19), "有效", true, VERIFY_URL);
	}

	static CertificatePrintData lapsed(String statusLabel) {
		CertificatePrintData d = valid();
		return new CertificatePrintData(d.number(), d.industryName(), d.levelLabel(), d.enterpriseName(),
				d.registeredAddress(), d.creditCode(), d.foundedOn(), d.legalRepresentative(), d.registeredCapital(),
				d.unitType(), d.reviewOrgName(), d.consultingOrgName(), d.issuedOn(), d.expiresOn(), statusLabel, false,
				d.verifyUrl());
	}

	static CertificatePrintData withEnterprise(String enterpriseName, String registeredAddress) {
		CertificatePrintData d = valid();
		return new CertificatePrintData(d.number(), d.industryName(), d.levelLabel(), enterpriseName, registeredAddress,
				d.creditCode(), d.foundedOn(), d.legalRepresentative(), d.registeredCapital(), d.unitType(),
				d.reviewOrgName(), d.consultingOrgName(), d.issuedOn(), d.expiresOn(), d.statusLabel(), d.valid(),
				d.verifyUrl());
	}

	static CertificatePrintData withoutConsultingOrg() {
		CertificatePrintData d = valid();
		return new CertificatePrintData(d.number(), d.industryName(), d.levelLabel(), d.enterpriseName(),
				d.registeredAddress(), d.creditCode(), d.foundedOn(), d.legalRepresentative(), d.registeredCapital(),
				d.unitType(), d.reviewOrgName(), null, d.issuedOn(), d.expiresOn(), d.statusLabel(), d.valid(),
				d.verifyUrl());
	}
}
