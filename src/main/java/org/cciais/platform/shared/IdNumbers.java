package org.cciais.platform.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** 18-digit 居民身份证号 (GB 11643-1999): region, birth date, sequence and an ISO 7064 MOD 11-2 check digit. */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK = "10X98765432";
	private static final Pattern SHAPE = Pattern.compile("\\d{15}|\\d{17}[\\dXx]");

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private IdNumbers() {
	}

	public static boolean isValid(String id) {
		if (id == null || !id.matches("\\d{17}[0-9Xx]")) {
			return false;
		}
		try {
			LocalDate.parse(id.substring(6, 14), BIRTH);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
		return Character.toUpperCase(id.charAt(17)) == checkDigit(id.substring(0, 17));
	}

	public static char checkDigit(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** Upper-cases the check character so look-ups match whatever the user typed. */
	public static String normalize(String id) {
		return id == null ? null : id.trim().toUpperCase();
	}

	/** {@code 110105********123X}: the first six and last four characters stay visible. */
	public static String mask(String id) {
		if (id == null || id.length() < 10) {
			return "****";
		}
		return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
	}

	/**
	 * Whether a search text has the shape of a 身份证号 (15 digits, or 17 digits and a check character), valid or
	 * not: such a text must not travel in a URL, where access logs and proxies keep it.
	 */
	public static boolean looksLikeOne(String text) {
		return text != null && SHAPE.matcher(text.trim()).matches();
	}
}
