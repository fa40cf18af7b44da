package org.cciais.platform.certificate.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateStatusChanged;
import org.cciais.platform.certificate.StatusChange;
import org.cciais.platform.shared.LocalText;
import org.cciais.platform.shared.Role;

/** A row of the status history; written by {@link Certificate} only, never changed. */
@Entity
@Table(name = "certificate_status_history")
class StatusHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CertificateStatus status;

	/** What a person typed; before V293, also the platform's own words, in Chinese. */
	private String reason;

	/** The platform's own words (a bundle key), said in the reader's language with {@link #reason} as its last argument. */
	@Column(name = "record_key")
	private String recordKey;

	/** The arguments of {@link #recordKey} before {@link #reason}, separated by {@link StatusReason#SEPARATOR}. */
	@Column(name = "record_args")
	private String recordArgs;

	@Column(nullable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(name = "actor_role")
	private Role actorRole;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected StatusHistoryEntry() {
	}

	StatusHistoryEntry(CertificateStatus status, StatusReason reason, Actor by, Instant at) {
		this.status = status;
		this.reason = reason.typed();
		this.recordKey = reason.key();
		this.recordArgs = reason.key() == null ? null : StatusReason.join(reason.args());
		this.actor = by.name();
		this.actorRole = by.role();
		this.changedAt = at;
	}

	StatusChange toChange() {
		return new StatusChange(status, text(), actor, actorRole, changedAt);
	}

	/** What was typed, null for nothing. */
	String getReason() {
		return reason;
	}

	/** The reason in the reader's language; a row from before V293 (or one only typed) as it was stored. */
	private LocalText text() {
		CertificateStatusChanged.Words words = words();
		return StatusReason.said(recordKey, words == null ? List.of() : words.args(), reason);
	}

	/** The platform's own words with what was typed as their last argument; null for a reason only typed. */
	CertificateStatusChanged.Words words() {
		if (recordKey == null) {
			return null;
		}
		return new CertificateStatusChanged.Words(recordKey,
				new StatusReason(recordKey, StatusReason.split(recordArgs), reason, null).arguments());
	}
}
