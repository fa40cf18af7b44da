package org.cciais.platform.inspection.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.inspection.InspectionView;
import org.cciais.platform.shared.LocalText;
import org.cciais.platform.shared.Role;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** One transition of an inspection: who, when, from, to, with the opinion and the attached file. */
@Entity
@Table(name = "inspection_history")
public class InspectionHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "inspection_id", nullable = false)
	private long inspectionId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(name = "actor_role")
	private Role actorRole;

	@Column(nullable = false)
	private String action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private InspectionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false)
	private InspectionStatus toStatus;

	private String opinion;

	@Column(name = "file_id")
	private UUID fileId;

	@Column(name = "submission_round", nullable = false)
	private int submissionRound;

	protected InspectionHistoryEntry() {
	}

	public InspectionHistoryEntry(long inspectionId, Instant occurredAt, String actor, Role actorRole, String action,
			InspectionStatus fromStatus, InspectionStatus toStatus, String opinion, UUID fileId, int submissionRound) {
		this.inspectionId = inspectionId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorRole = actorRole;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.opinion = opinion;
		this.fileId = fileId;
		this.submissionRound = submissionRound;
	}

	public long getInspectionId() {
		return inspectionId;
	}

	public String getAction() {
		return action;
	}

	public UUID getFileId() {
		return fileId;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public InspectionView.HistoryEntry toView() {
		return new InspectionView.HistoryEntry(occurredAt, actor, actorRole, action, actionLabel(action), fromStatus,
				toStatus, opinion, fileId);
	}

	/** The action's name in the reader's language; an action without one in the bundles shows its code. */
	static LocalText actionLabel(String action) {
		return new LocalText(new DefaultMessageSourceResolvable(new String[] { "inspection.action." + action }, null,
				action));
	}
}
