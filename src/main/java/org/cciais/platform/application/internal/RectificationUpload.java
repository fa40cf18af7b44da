package org.cciais.platform.application.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A RAR answering a failed document review ({@code DOC}) or on-site review ({@code ONSITE}). */
@Entity
@Table(name = "application_rectifications")
public class RectificationUpload {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id", nullable = false)
	private QualificationApplication application;

	@Column(nullable = false)
	private String stage;

	@Column(name = "file_id", nullable = false)
	private UUID fileId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	protected RectificationUpload() {
	}

	RectificationUpload(QualificationApplication application, String stage, UUID fileId, String fileName,
			Instant uploadedAt, String uploadedBy) {
		this.application = application;
		this.stage = stage;
		this.fileId = fileId;
		this.fileName = fileName;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public String getStage() {
		return stage;
	}

	public UUID getFileId() {
		return fileId;
	}

	public String getFileName() {
		return fileName;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}
}
