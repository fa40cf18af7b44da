package org.cciais.platform.notification.internal;

import java.time.Instant;
import java.util.UUID;

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

	/** The optional PDF attachment: a stored file, offered for download under its cleaned name. */
	@Column(name = "attachment_file_id")
	private UUID attachmentFileId;

	@Column(name = "attachment_name")
	private String attachmentName;

	@Column(name = "attachment_size")
	private Long attachmentSize;

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

	/** 发布 / 撤回: a publish date already passed becomes now (the notice is new when it appears), a future one stays. */
	void publish(boolean published, Instant now) {
		this.status = published ? Status.PUBLISHED : Status.DRAFT;
		if (published && !publishedAt.isAfter(now)) {
			this.publishedAt = now;
		}
		this.updatedAt = now;
	}

	/** Attaches a file; returns the one it replaces, if any (to be deleted). */
	UUID attach(UUID fileId, String name, long size, Instant now) {
		UUID old = attachmentFileId;
		this.attachmentFileId = fileId;
		this.attachmentName = name;
		this.attachmentSize = size;
		this.updatedAt = now;
		return old;
	}

	/** Removes the attachment; returns its file (to be deleted), or null when there was none. */
	UUID detach(Instant now) {
		UUID old = attachmentFileId;
		this.attachmentFileId = null;
		this.attachmentName = null;
		this.attachmentSize = null;
		this.updatedAt = now;
		return old;
	}

	UUID getAttachmentFileId() {
		return attachmentFileId;
	}

	Status getStatus() {
		return status;
	}

	/** Whether the public may see this notice at {@code now}. */
	boolean isPublicAt(Instant now) {
		return status == Status.PUBLISHED && !publishedAt.isAfter(now);
	}

	public NoticeBoard.NoticeView toView() {
		return new NoticeBoard.NoticeView(id, title, body, publishedAt, createdBy, status, pinned, version,
				attachmentFileId == null ? null : new NoticeBoard.Attachment(attachmentName, attachmentSize));
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
		return "title=" + title + "; status=" + status + "; pinned=" + pinned + "; publishAt=" + publishedAt
				+ "; attachment=" + (attachmentName == null ? "-" : attachmentName);
	}
}
