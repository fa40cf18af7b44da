package org.cciais.platform.notification.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

/**
 * This module's own picture of one application, built from {@link ApplicationStateChanged} only (the application
 * module's tables are not ours to read): the latest step seen, so late and redelivered events are recognised, and
 * the materials deadline with the moment its reminder is due.
 */
@Entity
@Table(name = "notification_applications")
public class ApplicationTrack {

	/** Reminders go out this long before a deadline. */
	static final Duration REMINDER_LEAD = Duration.ofDays(2);

	@Id
	@Column(name = "application_id")
	private Long applicationId;

	@Column(name = "enterprise_id", nullable = false)
	private long enterpriseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Industry industry;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Level level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status;

	@Column(name = "last_event_at", nullable = false)
	private Instant lastEventAt;

	@Column(name = "last_step_key")
	private String lastStepKey;

	@Column(name = "materials_due_at")
	private Instant materialsDueAt;

	@Column(name = "remind_at")
	private Instant remindAt;

	@Column(nullable = false)
	private boolean closed;

	protected ApplicationTrack() {
	}

	/** An event older than the latest one seen arrived late: its step is already over. */
	boolean isSupersededBy(ApplicationStateChanged event) {
		return event.at().isBefore(lastEventAt);
	}

	boolean isLatest(String stepKey) {
		return stepKey.equals(lastStepKey);
	}

	void apply(ApplicationStateChanged event, String stepKey) {
		enterpriseId = event.enterpriseId().value();
		industry = event.industry();
		level = event.level();
		status = event.to();
		lastEventAt = event.at();
		lastStepKey = stepKey;
		closed = event.to().isClosed();
		materialsDueAt = event.to() == ApplicationStatus.ACCEPTED ? event.materialsDueAt() : null;
		remindAt = materialsDueAt == null ? null : materialsDueAt.minus(REMINDER_LEAD);
	}

	/** The materials reminder went out (or is no longer useful): the sweep will not find this one again. */
	void reminded() {
		remindAt = null;
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public long getEnterpriseId() {
		return enterpriseId;
	}

	public Industry getIndustry() {
		return industry;
	}

	public Level getLevel() {
		return level;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public Instant getLastEventAt() {
		return lastEventAt;
	}

	public Instant getMaterialsDueAt() {
		return materialsDueAt;
	}

	public Instant getRemindAt() {
		return remindAt;
	}

	public boolean isClosed() {
		return closed;
	}
}
