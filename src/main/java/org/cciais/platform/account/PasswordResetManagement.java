package org.cciais.platform.account;

import java.time.Clock;
import java.time.Instant;

import org.cciais.platform.account.internal.PasswordResetToken;
import org.cciais.platform.account.internal.PasswordResetTokens;
import org.cciais.platform.account.internal.ResetLinkMailer;
import org.cciais.platform.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service password reset, beside the manual's 3.1.3 route (e-mail to the association, ADMIN resets): a
 * one-time link valid for 30 minutes goes to the account's e-mail address. Whatever the login name, the caller
 * learns nothing about whether it exists (no account enumeration).
 */
@Service
@Transactional
public class PasswordResetManagement {

	private final PasswordResetTokens tokens;
	private final AccountManagement management;
	private final ResetLinkMailer mailer;
	private final ObjectProvider<JavaMailSender> mailSender;
	private final Clock clock;
	private final boolean mailEnabled;

	PasswordResetManagement(PasswordResetTokens tokens, AccountManagement management, ResetLinkMailer mailer,
			ObjectProvider<JavaMailSender> mailSender, Clock clock,
			@Value("${cciais.mail.enabled:false}") boolean mailEnabled) {
		this.tokens = tokens;
		this.management = management;
		this.mailer = mailer;
		this.mailSender = mailSender;
		this.clock = clock;
		this.mailEnabled = mailEnabled;
	}

	/** Whether this installation can send reset links at all (else the page shows only the manual's route). */
	public boolean mailAvailable() {
		return mailEnabled && mailSender.getIfAvailable() != null;
	}

	/**
	 * Asks for a reset link for the login name; the link is made and mailed after this returns, when the name
	 * exists, has an e-mail address and has not asked too often, so the caller learns nothing, not even from the
	 * time the answer takes.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void request(String username) {
		if (username == null || username.isBlank() || !mailAvailable()) {
			return;
		}
		mailer.sendLater(username.trim());
	}

	/** Whether the link can still be used (unused, at most 30 minutes old). */
	@Transactional(readOnly = true)
	public boolean isValid(String rawToken) {
		return rawToken != null && !rawToken.isBlank() && tokens.findByTokenHash(AccountManagement.sha256(rawToken))
			.filter(t -> t.isUsable(clock.instant()))
			.isPresent();
	}

	/**
	 * Sets the new password through a valid link, once; ends every session and token of the account.
	 *
	 * @throws InvalidInputException on field {@code token} when the link is unknown, used or expired, or on
	 * {@code newPassword} when it breaks the policy
	 */
	public void complete(String rawToken, String newPassword) {
		Instant now = clock.instant();
		PasswordResetToken token = rawToken == null || rawToken.isBlank() ? null
				: tokens.findByTokenHash(AccountManagement.sha256(rawToken)).filter(t -> t.isUsable(now)).orElse(null);
		if (token == null) {
			throw new InvalidInputException("token", "account.reset.invalid");
		}
		management.setPassword(token.getAccountId(), newPassword);
		token.use(now);
	}
}
