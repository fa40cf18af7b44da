package org.cciais.platform.storage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A {@link StoredFile} attached to a case, one row per file: the file's id, the name it was uploaded under and
 * when. The entities of a case's files (an application's materials, rectifications and review reports, an
 * inspection's materials) extend it and add what is theirs (the case, the catalogue code or stage); the columns
 * are {@code id} (generated), {@code file_id}, {@code file_name} and {@code uploaded_at} in each of their tables.
 */
@MappedSuperclass
public abstract class AttachedFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "file_id", nullable = false)
	private UUID fileId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected AttachedFile() {
	}

	protected AttachedFile(UUID fileId, String fileName, Instant uploadedAt) {
		attach(fileId, fileName, uploadedAt);
	}

	/** A new upload in place of the old one (the old file becomes an orphan for the storage clean-up). */
	protected final void attach(UUID fileId, String fileName, Instant uploadedAt) {
		this.fileId = fileId;
		this.fileName = fileName;
		this.uploadedAt = uploadedAt;
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
}
