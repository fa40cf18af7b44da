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
import jakarta.persistence.Version;

/**
 * The current file of one catalogue item of an application. When {@link #getReusedFromApplicationId()} is set the
 * file belongs to that other application of the same enterprise (manual 3.4.3): a link, not a copy. Versioned on
 * its own, so that uploads of different items of one application never conflict.
 */
@Entity
@Table(name = "application_materials")
public class MaterialFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id", nullable = false)
	private QualificationApplication application;

	@Column(nullable = false)
	private String code;

	@Column(name = "file_id", nullable = false)
	private UUID fileId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "reused_from_application_id")
	private Long reusedFromApplicationId;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	/** Two writes of the same item at once: one wins, the other gets 409. */
	@Version
	private long version;

	protected MaterialFile() {
	}

	MaterialFile(QualificationApplication application, String code, UUID fileId, String fileName, long sizeBytes,
			Long reusedFromApplicationId, Instant uploadedAt) {
		this.application = application;
		this.code = code;
		this.fileId = fileId;
		this.fileName = fileName;
		this.sizeBytes = sizeBytes;
		this.reusedFromApplicationId = reusedFromApplicationId;
		this.uploadedAt = uploadedAt;
	}

	void replace(UUID fileId, String fileName, long sizeBytes, Instant at) {
		this.fileId = fileId;
		this.fileName = fileName;
		this.sizeBytes = sizeBytes;
		this.reusedFromApplicationId = null;
		this.uploadedAt = at;
	}

	public String getCode() {
		return code;
	}

	public UUID getFileId() {
		return fileId;
	}

	public String getFileName() {
		return fileName;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public Long getReusedFromApplicationId() {
		return reusedFromApplicationId;
	}

	public boolean isReused() {
		return reusedFromApplicationId != null;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
