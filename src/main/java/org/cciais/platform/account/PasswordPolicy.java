package org.cciais.platform.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.cciais.platform.shared.InvalidInputException;
import org.springframework.core.io.ClassPathResource;

/**
 * NIST SP 800-63B style: 8 to 64 characters, no composition rules, and none of the 100,000 most common passwords
 * (list in {@code account/common-passwords.txt.gz}, origin and licence beside it), compared without case.
 */
public final class PasswordPolicy {

	public static final int MIN = 8;
	public static final int MAX = 64;

	private PasswordPolicy() {
	}

	/** @throws InvalidInputException naming {@code field} when the password breaks the policy */
	public static void check(String field, String password, String username) {
		if (password == null || password.isBlank()) {
			throw new InvalidInputException(field, "account.password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN || length > MAX) {
			throw new InvalidInputException(field, "account.password.length", MIN, MAX);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (Common.PASSWORDS.contains(lower) || (username != null && lower.equals(username.toLowerCase(Locale.ROOT)))) {
			throw new InvalidInputException(field, "account.password.common");
		}
	}

	/** Loaded on the first check, not at start-up. Only entries the length rule lets through are kept. */
	private static final class Common {

		static final Set<String> PASSWORDS = load();

		private static Set<String> load() {
			Set<String> passwords = new HashSet<>(65_536);
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(
					new GZIPInputStream(new ClassPathResource("account/common-passwords.txt.gz").getInputStream()),
					StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					String entry = line.trim().toLowerCase(Locale.ROOT);
					int length = entry.codePointCount(0, entry.length());
					if (length >= MIN && length <= MAX) {
						passwords.add(entry);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return Set.copyOf(passwords);
		}
	}
}
