package org.cciais.platform.application.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.JobRunLog;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires applications whose 7-day materials deadline has passed; every five minutes, once per cluster. */
@Component
class MaterialsDeadlineJob implements DeadlineJob {

	private final MaterialsDeadlineSweep sweep;
	private final JobRunLog runLog;

	MaterialsDeadlineJob(MaterialsDeadlineSweep sweep, JobRunLog runLog) {
		this.sweep = sweep;
		this.runLog = runLog;
	}

	@Scheduled(cron = "${cciais.jobs.materials-deadline:0 */5 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "application-materials-deadline")
	public void scheduled() {
		runLog.record(this);
	}

	@Override
	public int runOnce() {
		return sweep.expireDue();
	}

	@Override
	public int order() {
		return 20;
	}
}
