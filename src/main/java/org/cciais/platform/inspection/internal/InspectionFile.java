package org.cciais.platform.inspection.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file that belongs to an inspection: its parties may download it (see {@link InspectionFileAccess}). */
@Entity
@Table(name = "inspection_files")
public class InspectionFile {

	public enum Purpose {
		MATERIAL, REPORT, RECTIFICATION
	}

	@Id
	@Column(name = "file_id")
	private UUID fileId;

	@Column(name = "inspection_id", nullable = false)
	private long inspectionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Purpose purpose;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected InspectionFile() {
	}

	public InspectionFile(UUID fileId, long inspectionId, Purpose purpose, Instant createdAt) {
		this.fileId = fileId;
		this.inspectionId = inspectionId;
		this.purpose = purpose;
		this.createdAt = createdAt;
	}

	public UUID getFileId() {
		return fileId;
	}

	public long getInspectionId() {
		return inspectionId;
	}

	public Purpose getPurpose() {
		return purpose;
	}
}
