package org.cciais.platform.application.internal;

import java.time.Instant;
import java.util.function.BiFunction;
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

	/** Between the arguments of {@link #recordKey}: the unit separator, which no typed name holds. */
	static final String ARGUMENTS = "\u001F";

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

	/** What the party typed; before V292, also the platform's own words, in Chinese. */
	private String opinion;

	/** The platform's own words (a bundle key), said in the reader's language before {@link #opinion}. */
	@Column(name = "record_key")
	private String recordKey;

	/** The arguments of {@link #recordKey}, separated by {@link #ARGUMENTS}. */
	@Column(name = "record_args")
	private String recordArgs;

	@Column(name = "report_file_id")
	private UUID reportFileId;

	protected HistoryEntry() {
	}

	HistoryEntry(QualificationApplication application, Instant at, Actor actor, String action,
			ApplicationStatus fromStatus, ApplicationStatus toStatus, String opinion,
			QualificationApplication.Recorded recorded, UUID reportFileId) {
		this.application = application;
		this.at = at;
		this.actor = actor.username();
		this.actorName = actor.displayName();
		this.role = actor.role();
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		if (recorded == null) {
			this.opinion = opinion;
		}
		else {
			this.opinion = recorded.typed();
			this.recordKey = recorded.key();
			this.recordArgs = String.join(ARGUMENTS, recorded.args());
		}
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

	/**
	 * The opinion as the reader sees it: the platform's own words in their language ({@code words}: a bundle key
	 * and its arguments to text), then what the party typed; a row from before V292 as it was stored.
	 */
	public String opinion(BiFunction<String, Object[], String> words) {
		if (recordKey == null) {
			return opinion;
		}
		String fact = words.apply(recordKey, recordArgs.isEmpty() ? new Object[0] : recordArgs.split(ARGUMENTS, -1));
		return opinion == null ? fact : words.apply("application.record.withOpinion", new Object[] { fact, opinion });
	}

	public UUID getReportFileId() {
		return reportFileId;
	}
}
