package org.cciais.platform.account.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Password hashing ({@code cciais.password.*}).
 *
 * @param bcryptStrength the BCrypt cost (log2 of the rounds) of newly hashed passwords; existing hashes keep the cost
 * they were made with. 10 is Spring Security's default; the test suite lowers it to 4, because it hashes thousands
 * of fixture passwords and what it tests is who may log in, not how long hashing takes.
 */
@Validated
@ConfigurationProperties("cciais.password")
public record PasswordProperties(@Min(4) @Max(16) @DefaultValue("10") int bcryptStrength) {
}
