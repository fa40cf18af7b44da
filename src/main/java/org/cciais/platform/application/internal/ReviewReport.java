package org.cciais.platform.application.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cciais.platform.storage.AttachedUpload;

/** A review report PDF uploaded by the assigned reviewer; a history entry refers to it by file id. */
@Entity
@Table(name = "application_reports")
public class ReviewReport extends AttachedUpload {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id", nullable = false)
	private QualificationApplication application;

	protected ReviewReport() {
	}

	ReviewReport(QualificationApplication application, UUID fileId, String fileName, Instant uploadedAt,
			String uploadedBy) {
		super(fileId, fileName, uploadedAt, uploadedBy);
		this.application = application;
	}
}
