package org.cciais.platform.storage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** An {@link AttachedFile} that also names who uploaded it (column {@code uploaded_by}, a login name). */
@MappedSuperclass
public abstract class AttachedUpload extends AttachedFile {

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	protected AttachedUpload() {
	}

	protected AttachedUpload(UUID fileId, String fileName, Instant uploadedAt, String uploadedBy) {
		attach(fileId, fileName, uploadedAt, uploadedBy);
	}

	/** A new upload in place of the old one, by {@code uploadedBy}. */
	protected final void attach(UUID fileId, String fileName, Instant uploadedAt, String uploadedBy) {
		attach(fileId, fileName, uploadedAt);
		this.uploadedBy = uploadedBy;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}
}
