package org.cciais.platform.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cciais.platform.shared.DeadlineJob;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Renewal reminders 12, 6, 3 and 1 month(s) before a certificate's expiry; hourly, once per cluster. */
@Component
class RenewalReminderJob implements DeadlineJob {

	private final RenewalReminders reminders;

	RenewalReminderJob(RenewalReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${cciais.jobs.renewal-reminder:0 25 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "notification-renewal-reminder")
	public void scheduled() {
		runOnce();
	}

	@Override
	public int runOnce() {
		return reminders.send();
	}

	/* After the certificate expiry job (90): an expired certificate gets no reminder. */
	@Override
	public int order() {
		return 100;
	}
}
