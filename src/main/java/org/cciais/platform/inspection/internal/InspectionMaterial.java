package org.cciais.platform.inspection.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The file uploaded for one catalogue item of an inspection; a new upload replaces it (暂存). */
@Entity
@Table(name = "inspection_materials")
public class InspectionMaterial {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String code;

	@Column(name = "file_id", nullable = false)
	private UUID fileId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	/** Two writes of the same item at once: one wins, the other gets 409; different items never conflict. */
	@Version
	private long version;

	protected InspectionMaterial() {
	}

	InspectionMaterial(String code, UUID fileId, String fileName, Instant uploadedAt, String uploadedBy) {
		this.code = code;
		replace(fileId, fileName, uploadedAt, uploadedBy);
	}

	void replace(UUID fileId, String fileName, Instant uploadedAt, String uploadedBy) {
		this.fileId = fileId;
		this.fileName = fileName;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
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

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
