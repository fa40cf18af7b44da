package org.cciais.platform.notification.internal;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * E-mail copies of notifications ({@code cciais.mail.*}), sent from the outbox.
 *
 * @param enabled whether e-mail is sent at all (SMTP server from {@code spring.mail.*})
 * @param from the sender address
 * @param maxAttempts attempts before a mail is marked failed (the admin can resend it)
 * @param firstRetry wait after the first failure; doubled after each further failure
 * @param maxRetryInterval the longest wait between two attempts
 * @param dispatchCron when the outbox is scanned for mails due again ({@code -} turns the scan off)
 */
@Validated
@ConfigurationProperties("cciais.mail")
public record MailProperties(@DefaultValue("false") boolean enabled,
		@NotBlank @Email @DefaultValue("noreply@cciais.org") String from, @Min(1) @DefaultValue("8") int maxAttempts,
		@NotNull @DefaultValue("1m") Duration firstRetry, @NotNull @DefaultValue("6h") Duration maxRetryInterval,
		@NotBlank @DefaultValue("*/30 * * * * *") String dispatchCron) {

	/** The wait after the {@code attempts}-th failed attempt: 1, 2, 4, … times {@link #firstRetry}, capped. */
	Duration backoff(int attempts) {
		Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : wait;
	}
}
