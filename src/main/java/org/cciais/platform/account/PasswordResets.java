package org.cciais.platform.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.cciais.platform.account.internal.Account;
import org.cciais.platform.account.internal.Accounts;
import org.cciais.platform.account.internal.PasswordResetToken;
import org.cciais.platform.account.internal.PasswordResetTokens;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Self-service password reset, beside the manual's 3.1.3 route (e-mail to the association, ADMIN resets): a
 * one-time link valid for 30 minutes goes to the account's e-mail address. Whatever the login name, the caller
 * learns nothing about whether it exists (no account enumeration).
 */
@Service
@Transactional
public class PasswordResets {

	static final Duration LINK_LIFETIME = Duration.ofMinutes(30);

	/** Links one account can be sent per hour, so nobody can flood a mailbox through the public form. */
	static final int MAX_LINKS_PER_HOUR = 3;

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	private final Accounts accounts;
	private final PasswordResetTokens tokens;
	private final AccountManagement management;
	private final ObjectProvider<JavaMailSender> mailSender;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final boolean mailEnabled;
	private final String from;
	private final String baseUrl;

	PasswordResets(Accounts accounts, PasswordResetTokens tokens, AccountManagement management,
			ObjectProvider<JavaMailSender> mailSender, ApplicationEventPublisher events, Clock clock,
			@Value("${cciais.mail.enabled:false}") boolean mailEnabled, @Value("${cciais.mail.from}") String from,
			@Value("${cciais.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.management = management;
		this.mailSender = mailSender;
		this.events = events;
		this.clock = clock;
		this.mailEnabled = mailEnabled;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** Whether this installation can send reset links at all (else the page shows only the manual's route). */
	public boolean mailAvailable() {
		return mailEnabled && mailSender.getIfAvailable() != null;
	}

	/**
	 * Sends a reset link when the login name exists, has an e-mail address and has not asked too often; does
	 * nothing visible otherwise.
	 */
	public void request(String username) {
		if (username == null || username.isBlank() || !mailAvailable()) {
			return;
		}
		Account account = accounts.findByUsername(username.trim()).orElse(null);
		if (account == null || !account.isEnabled() || account.getEmail() == null || account.getEmail().isBlank()) {
			return;
		}
		Instant now = clock.instant();
		if (tokens.countByAccountIdAndCreatedAtAfter(account.getId(), now.minus(Duration.ofHours(1)))
				>= MAX_LINKS_PER_HOUR) {
			return;
		}
		// A new link replaces the older ones: only the latest mail works.
		tokens.findByAccountIdAndUsedAtIsNull(account.getId()).forEach(t -> t.use(now));
		String raw = AccountManagement.randomToken();
		tokens.save(new PasswordResetToken(account.getId(), AccountManagement.sha256(raw), now,
				now.plus(LINK_LIFETIME)));
		events.publishEvent(AuditRecord.system("account.password.resetLink", "account", account.getId(),
				"发送密码重置链接至账号邮箱"));
		String to = account.getEmail();
		String name = account.getUsername();
		afterCommit(() -> send(to, name, baseUrl + "/password-reset/" + raw));
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

	private void send(String to, String username, String link) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject("【CCIAIS】重置登录密码");
		message.setText("您好：\n\n有人为登录名 " + username + " 申请重置信息系统业务安全服务资质申报平台的登录密码。\n"
				+ "请在 30 分钟内打开以下链接设置新密码（链接只能使用一次）：\n\n" + link + "\n\n"
				+ "如果不是您本人操作，请忽略本邮件，您的密码不会改变。\n\n中国通信工业协会信息安全分会");
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not send the password reset mail: {}", ex.getMessage());
		}
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}
}
