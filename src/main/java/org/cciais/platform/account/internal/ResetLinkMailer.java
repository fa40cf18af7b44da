package org.cciais.platform.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates and mails self-service reset links <em>after</em> the request has been answered, on a worker thread of
 * its own, for known and unknown login names alike: the answer then takes the same time whether the name exists or
 * not (looking the account up, hashing the token and talking SMTP used to make a known name six times slower).
 * One worker keeps the requests in order, so the newest link is always the one that works.
 */
@Component
public class ResetLinkMailer implements DisposableBean {

	/** How long a link is valid. */
	public static final Duration LINK_LIFETIME = Duration.ofMinutes(30);

	/** Links one account can be sent per hour, so nobody can flood a mailbox through the public form. */
	static final int MAX_LINKS_PER_HOUR = 3;

	private static final Logger log = LoggerFactory.getLogger(ResetLinkMailer.class);

	private final Accounts accounts;
	private final PasswordResetTokens tokens;
	private final ObjectProvider<JavaMailSender> mailSender;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final String from;
	private final String baseUrl;
	private final MessageSource messages;
	private final ThreadPoolTaskExecutor worker = new ThreadPoolTaskExecutor();

	ResetLinkMailer(Accounts accounts, PasswordResetTokens tokens, ObjectProvider<JavaMailSender> mailSender,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
			@Value("${cciais.mail.from}") String from, @Value("${cciais.base-url}") String baseUrl,
			MessageSource messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.tokens = tokens;
		this.mailSender = mailSender;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.from = from;
		this.baseUrl = baseUrl;
		worker.setCorePoolSize(1);
		worker.setMaxPoolSize(1);
		worker.setQueueCapacity(1000);
		worker.setThreadNamePrefix("reset-link-");
		worker.initialize();
	}

	/** Queues the work for the login name and returns at once; a full queue drops the request (logged). */
	public void sendLater(String username) {
		try {
			worker.execute(() -> send(username));
		}
		catch (RejectedExecutionException ex) {
			log.warn("Password reset requests are arriving faster than links can be mailed; one was dropped");
		}
	}

	private void send(String username) {
		try {
			Mail mail = transaction.execute(status -> newLink(username));
			if (mail != null) {
				deliver(mail);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not send the password reset link: {}", ex.getMessage());
		}
	}

	private record Mail(String to, String username, String link, Locale language) {
	}

	/**
	 * A new link when the name exists, has an e-mail address and has not asked too often; null otherwise. A new
	 * link replaces the older ones: only the latest mail works.
	 */
	private Mail newLink(String username) {
		Account account = accounts.findByUsername(username).orElse(null);
		if (account == null || !account.isEnabled() || account.getEmail() == null || account.getEmail().isBlank()) {
			return null;
		}
		Instant now = clock.instant();
		if (tokens.countByAccountIdAndCreatedAtAfter(account.getId(), now.minus(Duration.ofHours(1)))
				>= MAX_LINKS_PER_HOUR) {
			return null;
		}
		tokens.findByAccountIdAndUsedAtIsNull(account.getId()).forEach(t -> t.use(now));
		String raw = AccountManagement.randomToken();
		tokens.save(new PasswordResetToken(account.getId(), AccountManagement.sha256(raw), now,
				now.plus(LINK_LIFETIME)));
		events.publishEvent(AuditRecord.system("account.password.resetLink", "account", account.getId(),
				"发送密码重置链接至账号邮箱"));
		Locale language = account.getLanguage() == null ? Languages.CHINESE
				: Languages.supported(Locale.forLanguageTag(account.getLanguage()));
		return new Mail(account.getEmail(), account.getUsername(), baseUrl + "/password-reset/" + raw, language);
	}

	private void deliver(Mail mail) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(mail.to());
		message.setSubject(messages.getMessage("account.reset.mail.subject", null, mail.language()));
		message.setText(messages.getMessage("account.reset.mail.body", new Object[] { mail.username(), mail.link() },
				mail.language()));
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not send the password reset mail: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		worker.shutdown();
	}
}
