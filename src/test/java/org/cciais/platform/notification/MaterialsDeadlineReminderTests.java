package org.cciais.platform.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.notification.internal.NotificationTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cciais.platform.application.ApplicationStatus.ACCEPTED;
import static org.cciais.platform.application.ApplicationStatus.DOC_REVIEW;
import static org.cciais.platform.application.ApplicationStatus.SUBMITTED;

/** Manual 3.4.2 and issue 3: the enterprise is reminded two days before its 7-day materials deadline. */
class MaterialsDeadlineReminderTests extends NotificationTestSupport {

	@Test
	void remindsTheEnterpriseTwoDaysBeforeTheMaterialsDeadlineNotThreeAndOnlyOnce() {
		Case c = newCase();
		Instant due = accept(c);

		moveTo(due.minus(Duration.ofDays(3)));
		assertThat(reminders(c)).isEmpty();
		moveTo(due.minus(Duration.ofDays(2)).minusSeconds(60));
		assertThat(reminders(c)).isEmpty();

		moveTo(due.minus(Duration.ofDays(2)));

		assertThat(reminders(c)).singleElement().satisfies(r -> {
			// a reminder, not a second to-do: the accepted step's to-do still asks for the materials
			assertThat(r.isActionRequired()).isFalse();
			assertThat(r.getLink()).isEqualTo("/enterprise/progress/" + c.applicationId() + "/materials");
			assertThat(r.getText()).contains("金融行业三级资质申请的申请材料提交将于 " + NotificationTexts.minutes(due) + " 截止");
		});
		assertThat(of(c.enterprise().accountId(), c.applicationId()).stream().filter(Notification::isPending))
			.hasSize(1);
		advance(Duration.ofHours(6));
		runDeadlineJobs();
		assertThat(reminders(c)).hasSize(1);
	}

	@Test
	void sendsNoReminderOnceTheMaterialsAreSubmitted() {
		Case c = newCase();
		Instant due = accept(c);
		publish(step(c, ACCEPTED, DOC_REVIEW, "submit-materials"));
		awaitHandled(c.applicationId());

		moveTo(due.minus(Duration.ofDays(2)).plusSeconds(1));

		assertThat(reminders(c)).isEmpty();
		assertThat(of(c.enterprise().accountId(), c.applicationId())).noneMatch(Notification::isPending);
	}

	@Test
	void sendsNoReminderForADeadlineThatHasAlreadyPassed() {
		Case late = newCase();
		Instant lateDue = accept(late);
		moveTo(lateDue.minus(Duration.ofDays(5)));
		Case timely = newCase();
		Instant timelyDue = accept(timely);
		moveTo(lateDue.minus(Duration.ofDays(3)));
		assertThat(reminders(late)).isEmpty();
		assertThat(reminders(timely)).isEmpty();

		// One jump past the first deadline, to within two days of the second: the job runs once, at that moment.
		moveTo(lateDue.plusSeconds(60));

		assertThat(reminders(late)).isEmpty();
		assertThat(timelyDue.minus(Duration.ofDays(2))).isBefore(clock.instant());
		assertThat(reminders(timely)).hasSize(1);
	}

	/** The review organisation accepts the application now: materials are due in 7 days. */
	private Instant accept(Case c) {
		publish(step(c, null, SUBMITTED, "submit"));
		ApplicationStateChanged accepted = step(c, SUBMITTED, ACCEPTED, "accept", null, false, null);
		Instant due = accepted.at().plus(Duration.ofDays(7));
		publish(new ApplicationStateChanged(accepted.applicationId(), accepted.enterpriseId(), accepted.industry(),
				accepted.level(), accepted.from(), accepted.to(), accepted.action(), accepted.actorUsername(),
				accepted.actorRole(), accepted.reviewOrgId(), accepted.consultingOrgId(),
				accepted.reviewerAccountId(), accepted.opinion(), accepted.at(), due, accepted.awaiting(),
				accepted.recorded()));
		awaitToDo(c.enterprise().accountId(), "/enterprise/progress/" + c.applicationId() + "/materials");
		awaitHandled(c.applicationId());
		return due;
	}

	private void moveTo(Instant instant) {
		advance(Duration.between(clock.instant(), instant));
	}

	private List<Notification> reminders(Case c) {
		return of(c.enterprise().accountId(), c.applicationId()).stream()
			.filter(n -> ("application:" + c.applicationId() + ":materials-reminder").equals(n.getRefKey()))
			.toList();
	}
}
