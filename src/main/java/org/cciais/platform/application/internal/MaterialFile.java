package org.cciais.platform.application.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.storage.AttachedFile;

/**
 * The current file of one catalogue item of an application. When {@link #getReusedFromApplicationId()} is set the
 * file belongs to that other application of the same enterprise (manual 3.4.3): a link, not a copy. Versioned on
 * its own, so that uploads of different items of one application never conflict.
 */
@Entity
@Table(name = "application_materials")
public class MaterialFile extends AttachedFile {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id", nullable = false)
	private QualificationApplication application;

	@Column(nullable = false)
	private String code;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "reused_from_application_id")
	private Long reusedFromApplicationId;

	/** Two writes of the same item at once: one wins, the other gets 409. */
	@Version
	private long version;

	protected MaterialFile() {
	}

	MaterialFile(QualificationApplication application, String code, UUID fileId, String fileName, long sizeBytes,
			Long reusedFromApplicationId, Instant uploadedAt) {
		super(fileId, fileName, uploadedAt);
		this.application = application;
		this.code = code;
		this.sizeBytes = sizeBytes;
		this.reusedFromApplicationId = reusedFromApplicationId;
	}

	void replace(UUID fileId, String fileName, long sizeBytes, Instant at) {
		attach(fileId, fileName, at);
		this.sizeBytes = sizeBytes;
		this.reusedFromApplicationId = null;
	}

	public String getCode() {
		return code;
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
}
