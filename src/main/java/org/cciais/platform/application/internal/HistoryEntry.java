package org.cciais.platform.application.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.shared.Role;

/** One transition as the enterprise sees it in 进度查询: when, who (and in which role), from, to, opinion, report. */
@Entity
@Table(name = "application_history")
public class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id", nullable = false)
	private QualificationApplication application;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Column(name = "actor_name")
	private String actorName;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(nullable = false)
	private String action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private ApplicationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false)
	private ApplicationStatus toStatus;

	private String opinion;

	@Column(name = "report_file_id")
	private UUID reportFileId;

	protected HistoryEntry() {
	}

	HistoryEntry(QualificationApplication application, Instant at, Actor actor, String action,
			ApplicationStatus fromStatus, ApplicationStatus toStatus, String opinion, UUID reportFileId) {
		this.application = application;
		this.at = at;
		this.actor = actor.username();
		this.actorName = actor.displayName();
		this.role = actor.role();
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.opinion = opinion;
		this.reportFileId = reportFileId;
	}

	public Long getId() {
		return id;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public String getActorName() {
		return actorName;
	}

	public Role getRole() {
		return role;
	}

	public String getAction() {
		return action;
	}

	public ApplicationStatus getFromStatus() {
		return fromStatus;
	}

	public ApplicationStatus getToStatus() {
		return toStatus;
	}

	public String getOpinion() {
		return opinion;
	}

	public UUID getReportFileId() {
		return reportFileId;
	}
}
