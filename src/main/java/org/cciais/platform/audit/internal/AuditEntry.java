package org.cciais.platform.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cciais.platform.shared.Role;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(nullable = false)
	private String action;

	@Column(name = "object_type", nullable = false)
	private String objectType;

	@Column(name = "object_id", nullable = false)
	private String objectId;

	private String detail;

	@Column(name = "remote_addr")
	private String remoteAddr;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, Role role, String action, String objectType, String objectId,
			String detail, String remoteAddr) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.role = role;
		this.action = action;
		this.objectType = objectType;
		this.objectId = objectId;
		this.detail = detail;
		this.remoteAddr = remoteAddr;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public Role getRole() {
		return role;
	}

	public String getAction() {
		return action;
	}

	public String getObjectType() {
		return objectType;
	}

	public String getObjectId() {
		return objectId;
	}

	public String getDetail() {
		return detail;
	}

	public String getRemoteAddr() {
		return remoteAddr;
	}
}
