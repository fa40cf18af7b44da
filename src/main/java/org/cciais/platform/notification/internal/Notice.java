package org.cciais.platform.notification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 协会通知公告: a public notice of the association, shown on the home page. Plain text, never HTML. */
@Entity
@Table(name = "notices")
public class Notice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected Notice() {
	}

	public Notice(String title, String body, Instant publishedAt, String createdBy) {
		this.title = title;
		this.body = body;
		this.publishedAt = publishedAt;
		this.createdBy = createdBy;
	}

	public NoticeBoard.NoticeView toView() {
		return new NoticeBoard.NoticeView(id, title, body, publishedAt, createdBy);
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}
}
