package org.cciais.platform.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The persistent outbox of e-mails. A mail is written in the caller's transaction (once per dedup key) and sent
 * after commit; a failed attempt is retried with exponential backoff by the scheduled dispatch (one node at a time,
 * ShedLock) until {@code cciais.mail.max-attempts}, then it is FAILED and the admin can resend it. Each attempt first
 * claims the row, so two nodes never send one row at the same time; a node dying mid-send leaves the row pending
 * for a retry once its five-minute lease has run out.
 */
@Service
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
	private static final Duration LEASE = Duration.ofMinutes(5);
	private static final int BATCH = 50;

	private final OutboxMails mails;
	private final ObjectProvider<JavaMailSender> sender;
	private final MailProperties properties;
	private final TransactionTemplate tx;
	/** Attempts run after the caller's commit, where only a new transaction writes anything. */
	private final TransactionTemplate newTx;
	private final Clock clock;
	private final MeterRegistry metrics;
	private final ApplicationEventPublisher events;

	MailOutbox(OutboxMails mails, ObjectProvider<JavaMailSender> sender, MailProperties properties,
			TransactionTemplate tx, Clock clock, MeterRegistry metrics, ApplicationEventPublisher events) {
		this.mails = mails;
		this.sender = sender;
		this.properties = properties;
		this.tx = tx;
		this.newTx = new TransactionTemplate(tx.getTransactionManager());
		this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.metrics = metrics;
		this.events = events;
	}

	/** Adds a mail unless one with this key exists; it is sent once the surrounding transaction commits. */
	public void enqueue(String dedupKey, String to, String subject, String text, String html) {
		Long id = tx.execute(s -> mails.existsByDedupKey(dedupKey) ? null
				: mails.save(new OutboxMail(dedupKey, to, subject, text, html, clock.instant())).getId());
		if (id == null) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					attempt(id);
				}
			});
		}
		else {
			attempt(id);
		}
	}

	@Scheduled(cron = "${cciais.mail.dispatch-cron}")
	@SchedulerLock(name = "notification-mail-outbox", lockAtMostFor = "PT10M")
	public void scheduled() {
		runOnce();
	}

	/** Sends every due mail; returns how many were sent. */
	public int runOnce() {
		if (!properties.enabled()) {
			return 0;
		}
		int sent = 0;
		for (Long id : mails.findDue(clock.instant(), PageRequest.of(0, BATCH))) {
			if (attempt(id)) {
				sent++;
			}
		}
		return sent;
	}

	/** One attempt at one mail, if it is due and no one else holds it. */
	boolean attempt(long id) {
		JavaMailSender mail = sender.getIfAvailable();
		if (!properties.enabled() || mail == null) {
			return false;
		}
		Instant now = clock.instant();
		OutboxMail row = newTx.execute(s -> mails.claim(id, now, now.plus(LEASE)) == 1 ? mails.findById(id).orElse(null)
				: null);
		if (row == null) {
			return false;
		}
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(properties.from());
			helper.setTo(row.getRecipient());
			helper.setSubject(row.getSubject());
			helper.setText(row.getTextBody(), row.getHtmlBody());
			mail.send(message);
			newTx.executeWithoutResult(s -> mails.markSent(id, clock.instant()));
			metrics.counter("cciais.mails.sent").increment();
			return true;
		}
		catch (MailException | MessagingException ex) {
			boolean giveUp = row.getAttempts() >= properties.maxAttempts();
			Instant next = clock.instant().plus(properties.backoff(row.getAttempts()));
			String error = String.valueOf(ex.getMessage());
			newTx.executeWithoutResult(s -> mails.markFailedAttempt(id,
					giveUp ? OutboxMail.Status.FAILED : OutboxMail.Status.PENDING, next,
					error.length() > 1000 ? error.substring(0, 1000) : error));
			metrics.counter("cciais.mails.failed", "final", Boolean.toString(giveUp)).increment();
			log.warn("Mail {} attempt {} failed{}: {}", id, row.getAttempts(), giveUp ? " (given up)" : "", error);
			return false;
		}
	}

	/** Sortable columns of 邮件发送记录; unsorted, the newest mail first (as it always was). */
	public static final Sortable SORT = Sortable.by(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))
		.field("recipient")
		.field("subject")
		.field("status")
		.field("attempts")
		.field("createdAt")
		.shownAs("createdAt", Sort.Direction.DESC);

	/** One page of the outbox, of one status or all ({@code status} null), in the database; see {@link #SORT}. */
	public Page<OutboxMailView> list(OutboxMail.Status status, Pageable pageable) {
		return (status == null ? mails.findAll(pageable) : mails.findByStatus(status, pageable))
			.map(OutboxMailView::of);
	}

	/** Puts a FAILED mail back in the queue and tries it at once; another status answers 409. */
	public OutboxMailView resend(long id, PlatformPrincipal admin) {
		newTx.executeWithoutResult(s -> {
			OutboxMail row = mails.findById(id).orElseThrow(() -> new NotFoundException("notification.mail.notFound"));
			if (mails.requeueFailed(id, clock.instant()) != 1) {
				throw new ConflictException("notification.mail.notFailed");
			}
			events.publishEvent(AuditRecord.of(admin, "mail.resend", "mail", id, row.getSubject()));
		});
		attempt(id);
		return mails.findById(id).map(OutboxMailView::of).orElseThrow();
	}

	public record OutboxMailView(long id, String recipient, String subject, OutboxMail.Status status, int attempts,
			Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

		static OutboxMailView of(OutboxMail m) {
			return new OutboxMailView(m.getId(), m.getRecipient(), m.getSubject(), m.getStatus(), m.getAttempts(),
					m.getStatus() == OutboxMail.Status.PENDING ? m.getNextAttemptAt() : null, m.getLastError(),
					m.getCreatedAt(), m.getSentAt());
		}
	}
}
