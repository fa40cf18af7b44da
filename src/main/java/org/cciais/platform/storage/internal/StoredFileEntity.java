package org.cciais.platform.storage.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cciais.platform.storage.FileKind;
import org.cciais.platform.storage.StoredFile;

@Entity
@Table(name = "stored_files")
public class StoredFileEntity {

	@Id
	private UUID id;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FileKind kind;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "storage_path", nullable = false)
	private String storagePath;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	protected StoredFileEntity() {
	}

	public StoredFileEntity(UUID id, String originalName, FileKind kind, long sizeBytes, String sha256,
			String storagePath, Instant createdAt, String createdBy) {
		this.id = id;
		this.originalName = originalName;
		this.kind = kind;
		this.contentType = kind.contentType();
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storagePath = storagePath;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public StoredFile toView() {
		return new StoredFile(id, originalName, kind, contentType, sizeBytes, sha256, createdAt);
	}

	public UUID getId() {
		return id;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	public String getStoragePath() {
		return storagePath;
	}
}
