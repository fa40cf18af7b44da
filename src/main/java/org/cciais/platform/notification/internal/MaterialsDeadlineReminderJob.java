package org.cciais.platform.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.JobRunLog;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reminds enterprises two days before their 7-day materials deadline; every 15 minutes, once per cluster. */
@Component
class MaterialsDeadlineReminderJob implements DeadlineJob {

	private final ApplicationTracker tracker;
	private final JobRunLog runLog;

	MaterialsDeadlineReminderJob(ApplicationTracker tracker, JobRunLog runLog) {
		this.tracker = tracker;
		this.runLog = runLog;
	}

	@Scheduled(cron = "${cciais.jobs.materials-reminder:0 */15 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "notification-materials-reminder")
	public void scheduled() {
		runLog.record(this);
	}

	@Override
	public int runOnce() {
		return tracker.sendMaterialsReminders();
	}

	/* After the other modules' jobs; a deadline that has already passed is skipped by the tracker in any case. */
	@Override
	public int order() {
		return 100;
	}
}
