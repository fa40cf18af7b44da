package org.cciais.platform.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@link ApplicationTrack} up to date from the application events and sends the materials reminders from it.
 */
@Service
@Transactional
public class ApplicationTracker {

	/** How the step of an event relates to what this module has seen of its application. */
	public enum Progress {
		/** A step not seen before, and the latest one: it closes the earlier steps' to-dos. */
		NEW_STEP,
		/** The latest step, delivered again: nothing new may be created twice, nothing closed. */
		REDELIVERED,
		/** An older step that arrived after a newer one: the action it asked for has already happened. */
		SUPERSEDED
	}

	private static final int BATCH = 200;

	/*
	 * Two listeners for one new application may run at once; ON CONFLICT DO NOTHING (PostgreSQL, and H2 in its
	 * PostgreSQL mode) lets both go on to the row lock instead of one failing on the primary key.
	 */
	private static final String INSERT_IF_ABSENT = "INSERT INTO notification_applications (application_id, "
			+ "enterprise_id, industry, level, status, last_event_at, closed) VALUES (:applicationId, :enterpriseId, "
			+ ":industry, :level, :status, :since, FALSE) ON CONFLICT DO NOTHING";

	private final ApplicationTracks tracks;
	private final NotificationCenter center;
	private final AccountManagement accounts;
	private final NotificationTexts texts;
	private final Clock clock;
	private final NamedParameterJdbcTemplate jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	ApplicationTracker(ApplicationTracks tracks, NotificationCenter center, AccountManagement accounts,
			NotificationTexts texts, Clock clock, NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.tracks = tracks;
		this.center = center;
		this.accounts = accounts;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Records each event's step under a row lock that is held until the caller's transaction ends, so the steps of
	 * one application are handled one at a time and in order. The events are of different applications (one, or a
	 * batch of the deadline sweep): one insert batch, one locking query and one update batch for them all. Answers
	 * in the order of {@code events}.
	 */
	public List<Progress> track(List<ApplicationStateChanged> events, List<String> stepKeys) {
		// in the order of the ids, as the lock below: two batches inserting the same new rows wait, never deadlock
		jdbc.batchUpdate(INSERT_IF_ABSENT, events.stream()
			.sorted(Comparator.comparingLong(e -> e.applicationId().value()))
			.map(e -> new MapSqlParameterSource("applicationId", e.applicationId().value())
				.addValue("enterpriseId", e.enterpriseId().value())
				.addValue("industry", e.industry().name())
				.addValue("level", e.level().name())
				.addValue("status", e.to().name())
				.addValue("since", Timestamp.from(Instant.EPOCH)))
			.toArray(MapSqlParameterSource[]::new));
		Map<Long, ApplicationTrack> locked = new HashMap<>();
		tracks.lockAll(events.stream().map(e -> e.applicationId().value()).toList())
			.forEach(t -> locked.put(t.getApplicationId(), t));
		List<Progress> progress = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			ApplicationStateChanged event = events.get(i);
			ApplicationTrack track = locked.get(event.applicationId().value());
			if (track == null) {
				throw new IllegalStateException("no track of application " + event.applicationId().value());
			}
			if (track.isSupersededBy(event)) {
				progress.add(Progress.SUPERSEDED);
			}
			else if (track.isLatest(stepKeys.get(i))) {
				progress.add(Progress.REDELIVERED);
			}
			else {
				track.apply(event, stepKeys.get(i));
				progress.add(Progress.NEW_STEP);
			}
		}
		// the changed tracks go out now, as one JDBC batch
		entityManager.unwrap(Session.class).setJdbcBatchSize(Math.max(1, events.size()));
		entityManager.flush();
		return progress;
	}

	/**
	 * Reminds the enterprise of every accepted application whose materials are due within two days, once per
	 * application; returns how many applications were reminded.
	 */
	public int sendMaterialsReminders() {
		Instant now = clock.instant();
		int reminded = 0;
		List<ApplicationTrack> due;
		do {
			due = tracks.findByRemindAtLessThanEqualOrderByRemindAt(now, Limit.of(BATCH));
			for (ApplicationTrack track : due) {
				// A deadline that has already passed is the expiry job's business, not a reminder's.
				if (track.getStatus() == ApplicationStatus.ACCEPTED && track.getMaterialsDueAt() != null
						&& track.getMaterialsDueAt().isAfter(now)) {
					remind(track);
					reminded++;
				}
				track.reminded();
			}
		}
		while (due.size() == BATCH);
		return reminded;
	}

	private void remind(ApplicationTrack track) {
		long id = track.getApplicationId();
		Text subject = texts.subject(track.getIndustry(), track.getLevel());
		Text text = texts.get("application.materialsReminder.notice", subject,
				NotificationTexts.minutes(track.getMaterialsDueAt()));
		// A notice, not a second to-do: the to-do of the accepted step still asks for the same materials.
		Message message = Message.notice(
				texts.get("notification.mail.subject.notice",
						texts.get("notification.mail.subject.case", subject, texts.get("application.materialsReminder.subject"))),
				text, ApplicationNotifications.materialsLink(id), "application:" + id + ":materials-reminder",
				ApplicationNotifications.topic(id), null);
		center.notifyAll(accounts.findByEnterprise(track.getEnterpriseId()), message);
	}
}
