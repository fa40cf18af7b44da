package org.cciais.platform.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.cciais.platform.shared.InvalidInputException;
import org.springframework.core.io.ClassPathResource;

/**
 * NIST SP 800-63B style: 8 to 64 characters, no composition rules, and none of the commonly used passwords
 * (list in {@code account/common-passwords.txt}).
 */
public final class PasswordPolicy {

	public static final int MIN = 8;
	public static final int MAX = 64;

	private static final Set<String> COMMON = load();

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
		if (COMMON.contains(lower) || (username != null && lower.equals(username.toLowerCase(Locale.ROOT)))) {
			throw new InvalidInputException(field, "account.password.common");
		}
	}

	private static Set<String> load() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::trim)
				.filter(s -> !s.isEmpty())
				.map(s -> s.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
