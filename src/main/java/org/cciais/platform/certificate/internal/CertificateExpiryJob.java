package org.cciais.platform.certificate.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cciais.platform.certificate.Certificates;
import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.JobRunLog;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks certificates EXPIRED once their three years are over; hourly, once per cluster. */
@Component
class CertificateExpiryJob implements DeadlineJob {

	private final Certificates certificates;
	private final JobRunLog runLog;

	CertificateExpiryJob(Certificates certificates, JobRunLog runLog) {
		this.certificates = certificates;
		this.runLog = runLog;
	}

	@Scheduled(cron = "${cciais.jobs.certificate-expiry:0 5 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "certificate-expiry")
	public void scheduled() {
		runLog.record(this);
	}

	@Override
	public int runOnce() {
		return certificates.expireDue();
	}

	@Override
	public int order() {
		return 90;
	}
}
