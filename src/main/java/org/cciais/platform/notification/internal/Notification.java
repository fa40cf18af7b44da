package org.cciais.platform.notification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of an account's 通知提醒: a to-do (actionRequired, with a link to the action page) or a notice. */
@Entity
@Table(name = "notifications")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String text;

	private String link;

	@Column(name = "action_required", nullable = false)
	private boolean actionRequired;

	@Column(name = "ref_key")
	private String refKey;

	private String topic;

	@Column(name = "read_at")
	private Instant readAt;

	@Column(name = "done_at")
	private Instant doneAt;

	protected Notification() {
	}

	public Notification(long accountId, Instant createdAt, String text, String link, boolean actionRequired,
			String refKey) {
		this(accountId, createdAt, text, link, actionRequired, refKey, null);
	}

	public Notification(long accountId, Instant createdAt, String text, String link, boolean actionRequired,
			String refKey, String topic) {
		this.accountId = accountId;
		this.createdAt = createdAt;
		this.text = text;
		this.link = link;
		this.actionRequired = actionRequired;
		this.refKey = refKey;
		this.topic = topic;
	}

	public void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	public void markDone(Instant at) {
		if (doneAt == null) {
			doneAt = at;
		}
	}

	public Long getId() {
		return id;
	}

	public long getAccountId() {
		return accountId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getText() {
		return text;
	}

	public String getLink() {
		return link;
	}

	public boolean isActionRequired() {
		return actionRequired;
	}

	public String getRefKey() {
		return refKey;
	}

	public String getTopic() {
		return topic;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public Instant getDoneAt() {
		return doneAt;
	}

	public boolean isRead() {
		return readAt != null;
	}

	/** A to-do whose awaited action has happened: greyed out with 已处理. */
	public boolean isDone() {
		return actionRequired && doneAt != null;
	}

	/** Still waiting for the recipient's action: shown in blue and clickable (manual 3.2, note 2). */
	public boolean isPending() {
		return actionRequired && doneAt == null;
	}
}
