package org.cciais.platform.notification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One e-mail of the outbox: its rendered parts and where its delivery stands. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

	public enum Status {
		PENDING, SENT, FAILED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dedup_key", nullable = false)
	private String dedupKey;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(name = "text_body", nullable = false)
	private String textBody;

	@Column(name = "html_body", nullable = false)
	private String htmlBody;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected OutboxMail() {
	}

	OutboxMail(String dedupKey, String recipient, String subject, String textBody, String htmlBody, Instant now) {
		this.dedupKey = dedupKey;
		this.recipient = recipient;
		this.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
		this.textBody = textBody;
		this.htmlBody = htmlBody;
		this.status = Status.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getDedupKey() {
		return dedupKey;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getTextBody() {
		return textBody;
	}

	public String getHtmlBody() {
		return htmlBody;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}
}
