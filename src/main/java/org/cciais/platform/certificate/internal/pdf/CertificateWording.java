package org.cciais.platform.certificate.internal.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The fixed wording and the number formats of the printed certificate.
 * <p>
 * A certificate is a Chinese legal document whose text does not follow the viewer's locale, so its wording is kept
 * here, in one place, rather than in the UI message bundles.
 */
final class CertificateWording {

	static final String TITLE = "信息系统业务安全服务资质证书";
	static final String ORIGINAL = "正本";
	static final String COPY = "副本";
	static final String ISSUER = "中国通信工业协会信息安全分会";
	static final String QR_CAPTION = "扫码验证证书真伪";
	static final String ATTESTATION = "经评审，该单位符合信息系统业务安全服务资质条件，特发此证。";
	static final String NONE = "无";

	static final String NUMBER = "证书编号";
	static final String ENTERPRISE = "单位名称";
	static final String ADDRESS = "注册地址";
	static final String CREDIT_CODE = "统一社会信用代码";
	static final String FOUNDED = "成立时间";
	static final String LEGAL_REPRESENTATIVE = "法人代表";
	static final String CAPITAL = "注册资金(万元)";
	static final String UNIT_TYPE = "单位类型";
	static final String INDUSTRY = "资质行业";
	static final String LEVEL = "资质等级";
	static final String REVIEW_ORG = "评审机构";
	static final String CONSULTING_ORG = "咨询机构";
	static final String ISSUED = "发证日期";
	static final String EXPIRES = "有效期至";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
	private static final char[] DIGITS = "〇一二三四五六七八九".toCharArray();

	private CertificateWording() {
	}

	/** 2025年7月20日: the form used in the 副本 table. */
	static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** 二〇二五年七月二十日: the form written under the issuer's name, as on paper certificates. */
	static String formalDate(LocalDate date) {
		StringBuilder year = new StringBuilder();
		for (char c : Integer.toString(date.getYear()).toCharArray()) {
			year.append(DIGITS[c - '0']);
		}
		return year + "年" + chineseNumber(date.getMonthValue()) + "月" + chineseNumber(date.getDayOfMonth()) + "日";
	}

	/** 1–31 as written in dates: 十, 十一, 二十, 二十一, 三十一. */
	private static String chineseNumber(int n) {
		if (n < 10) {
			return String.valueOf(DIGITS[n]);
		}
		String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
		return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
	}

	/** 500 rather than 5E+2 or 500.00: capital is stored as a decimal but read as a plain amount. */
	static String capital(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}

	static String orNone(String value) {
		return value == null || value.isBlank() ? NONE : value;
	}
}
