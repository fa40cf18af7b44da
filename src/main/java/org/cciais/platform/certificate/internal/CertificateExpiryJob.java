package org.cciais.platform.certificate.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.JobRunLog;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks certificates EXPIRED once their three years are over; hourly, once per cluster. */
@Component
class CertificateExpiryJob implements DeadlineJob {

	private final CertificateManagement management;
	private final JobRunLog runLog;

	CertificateExpiryJob(CertificateManagement management, JobRunLog runLog) {
		this.management = management;
		this.runLog = runLog;
	}

	@Scheduled(cron = "${cciais.jobs.certificate-expiry:0 5 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "certificate-expiry")
	public void scheduled() {
		runLog.record(this);
	}

	@Override
	public int runOnce() {
		return management.expireDue();
	}

	@Override
	public int order() {
		return 90;
	}
}
