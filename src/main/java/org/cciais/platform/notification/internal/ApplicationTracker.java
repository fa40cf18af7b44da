package org.cciais.platform.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.springframework.data.domain.Limit;
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

	private final ApplicationTracks tracks;
	private final NotificationCenter center;
	private final AccountManagement accounts;
	private final NotificationTexts texts;
	private final Clock clock;

	ApplicationTracker(ApplicationTracks tracks, NotificationCenter center, AccountManagement accounts,
			NotificationTexts texts, Clock clock) {
		this.tracks = tracks;
		this.center = center;
		this.accounts = accounts;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Records the event's step under a row lock that is held until the caller's transaction ends, so the steps of
	 * one application are handled one at a time and in order.
	 */
	public Progress track(ApplicationStateChanged event, String stepKey) {
		tracks.insertIfAbsent(event.applicationId().value(), event.enterpriseId().value(),
				event.industry().name(), event.level().name(), event.to().name(), Instant.EPOCH);
		ApplicationTrack track = tracks.lock(event.applicationId().value()).orElseThrow();
		if (track.isSupersededBy(event)) {
			return Progress.SUPERSEDED;
		}
		if (track.isLatest(stepKey)) {
			return Progress.REDELIVERED;
		}
		track.apply(event, stepKey);
		return Progress.NEW_STEP;
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
