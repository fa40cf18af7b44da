package org.cciais.platform.certificate.internal.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything printed on a certificate's 正本 and 副本, already in the words the sheet shows (industry name, formal
 * level label such as 叁级, status label such as 失效), so that rendering needs no lookups.
 *
 * @param number              certificate number, e.g. {@code MIITCCCAIS-000012}
 * @param industryName        industry in Chinese, e.g. 金融
 * @param levelLabel          formal level label: 叁级, 贰级 or 壹级
 * @param enterpriseName      the enterprise's registered name
 * @param registeredAddress   registered address
 * @param creditCode          统一社会信用代码
 * @param foundedOn           founding date
 * @param legalRepresentative 法人代表
 * @param registeredCapital   registered capital in 万元
 * @param unitType            单位类型
 * @param reviewOrgName       the review organisation
 * @param consultingOrgName   the consulting organisation, {@code null} when the enterprise had none
 * @param issuedOn            issue date
 * @param expiresOn           expiry date
 * @param statusLabel         status as shown to people: 有效, 失效, 已过期
 * @param valid               whether the certificate is in force; when not, the sheets carry a watermark
 * @param verifyUrl           the public verification URL that the QR code encodes
 */
public record CertificatePrintData(String number, String industryName, String levelLabel, String enterpriseName,
		String registeredAddress, String creditCode, LocalDate foundedOn, String legalRepresentative,
		BigDecimal registeredCapital, String unitType, String reviewOrgName, String consultingOrgName,
		LocalDate issuedOn, LocalDate expiresOn, String statusLabel, boolean valid, String verifyUrl) {

	public CertificatePrintData {
		// A certificate with a hole in it must not be printed: fail here rather than emit a sheet with "null" on it.
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(industryName, "industryName");
		Objects.requireNonNull(levelLabel, "levelLabel");
		Objects.requireNonNull(enterpriseName, "enterpriseName");
		Objects.requireNonNull(registeredAddress, "registeredAddress");
		Objects.requireNonNull(creditCode, "creditCode");
		Objects.requireNonNull(foundedOn, "foundedOn");
		Objects.requireNonNull(legalRepresentative, "legalRepresentative");
		Objects.requireNonNull(registeredCapital, "registeredCapital");
		Objects.requireNonNull(unitType, "unitType");
		Objects.requireNonNull(reviewOrgName, "reviewOrgName");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(expiresOn, "expiresOn");
		Objects.requireNonNull(statusLabel, "statusLabel");
		Objects.requireNonNull(verifyUrl, "verifyUrl");
		if (verifyUrl.isBlank()) {
			throw new IllegalArgumentException("verifyUrl must not be blank: the QR code would verify nothing");
		}
	}
}
