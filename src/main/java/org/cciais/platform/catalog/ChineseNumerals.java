package org.cciais.platform.catalog;

/** 1 → 一, 10 → 十, 14 → 十四, 21 → 二十一 (enough for catalogue numbering). */
public final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	public static String of(int n) {
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		int tens = n / 10;
		int units = n % 10;
		return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
				+ (units == 0 ? "" : String.valueOf(DIGITS.charAt(units)));
	}
}
