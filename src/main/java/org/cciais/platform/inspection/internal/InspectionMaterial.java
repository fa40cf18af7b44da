package org.cciais.platform.inspection.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.storage.AttachedUpload;

/** The file uploaded for one catalogue item of an inspection; a new upload replaces it (暂存). */
@Entity
@Table(name = "inspection_materials")
public class InspectionMaterial extends AttachedUpload {

	@Column(nullable = false)
	private String code;

	/** Two writes of the same item at once: one wins, the other gets 409; different items never conflict. */
	@Version
	private long version;

	protected InspectionMaterial() {
	}

	InspectionMaterial(String code, UUID fileId, String fileName, Instant uploadedAt, String uploadedBy) {
		super(fileId, fileName, uploadedAt, uploadedBy);
		this.code = code;
	}

	void replace(UUID fileId, String fileName, Instant uploadedAt, String uploadedBy) {
		attach(fileId, fileName, uploadedAt, uploadedBy);
	}

	public String getCode() {
		return code;
	}
}
