package org.cciais.platform.certificate.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.StatusChange;
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

	private String reason;

	@Column(nullable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(name = "actor_role")
	private Role actorRole;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected StatusHistoryEntry() {
	}

	StatusHistoryEntry(CertificateStatus status, String reason, Actor by, Instant at) {
		this.status = status;
		this.reason = reason;
		this.actor = by.name();
		this.actorRole = by.role();
		this.changedAt = at;
	}

	StatusChange toChange() {
		return new StatusChange(status, reason, actor, actorRole, changedAt);
	}
}
