package org.cciais.platform.shared;

/** 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character over the first 17. */
public final class CreditCodes {

	private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCodes() {
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int v = CHARS.indexOf(code.charAt(i));
			if (v < 0) {
				return false;
			}
			sum += v * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return code.charAt(17) == CHARS.charAt(check);
	}

	/** Completes 17 characters with their check character (for fixtures and demo data). */
	public static String withCheckCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return first17 + CHARS.charAt((31 - sum % 31) % 31);
	}
}
