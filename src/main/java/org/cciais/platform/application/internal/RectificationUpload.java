package org.cciais.platform.application.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cciais.platform.storage.AttachedUpload;

/** A RAR answering a failed document review ({@code DOC}) or on-site review ({@code ONSITE}). */
@Entity
@Table(name = "application_rectifications")
public class RectificationUpload extends AttachedUpload {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id", nullable = false)
	private QualificationApplication application;

	@Column(nullable = false)
	private String stage;

	protected RectificationUpload() {
	}

	RectificationUpload(QualificationApplication application, String stage, UUID fileId, String fileName,
			Instant uploadedAt, String uploadedBy) {
		super(fileId, fileName, uploadedAt, uploadedBy);
		this.application = application;
		this.stage = stage;
	}

	public String getStage() {
		return stage;
	}
}
