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
import jakarta.persistence.Version;

/**
 * 协会通知公告: a public notice of the association, shown on the home page once published and its publish date has
 * come. Plain text, never HTML.
 */
@Entity
@Table(name = "notices")
public class Notice {

	/** A draft is never shown to the public; a published notice is, from its publish date on. */
	public enum Status {
		DRAFT, PUBLISHED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private boolean pinned;

	/** The publish date: the notice is public from this instant on (when published). */
	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Notice() {
	}

	public Notice(String title, String body, Status status, boolean pinned, Instant publishedAt, String createdBy) {
		this.title = title;
		this.body = body;
		this.status = status;
		this.pinned = pinned;
		this.publishedAt = publishedAt;
		this.createdBy = createdBy;
	}

	void edit(String title, String body, Status status, boolean pinned, Instant publishedAt, Instant now) {
		this.title = title;
		this.body = body;
		this.status = status;
		this.pinned = pinned;
		this.publishedAt = publishedAt;
		this.updatedAt = now;
	}

	/** Whether the public may see this notice at {@code now}. */
	boolean isPublicAt(Instant now) {
		return status == Status.PUBLISHED && !publishedAt.isAfter(now);
	}

	public NoticeBoard.NoticeView toView() {
		return new NoticeBoard.NoticeView(id, title, body, publishedAt, createdBy, status, pinned, version);
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	long getVersion() {
		return version;
	}

	String describe() {
		return "title=" + title + "; status=" + status + "; pinned=" + pinned + "; publishAt=" + publishedAt;
	}
}
