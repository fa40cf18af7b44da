package org.cciais.platform.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.JobRunLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The annual inspection calendar, hourly and once per cluster: first lapses windows closed without a submission
 * (so a certificate that just became 失效 does not get its next window opened), then opens windows, then sends
 * reminders. Idempotent; one inspection per transaction, so one concurrent change only defers that one.
 */
@Component
class InspectionDeadlineJob implements DeadlineJob {

	private static final Logger log = LoggerFactory.getLogger(InspectionDeadlineJob.class);

	private final InspectionDeadlines deadlines;
	private final Clock clock;
	private final JobRunLog runLog;

	InspectionDeadlineJob(InspectionDeadlines deadlines, Clock clock, JobRunLog runLog) {
		this.deadlines = deadlines;
		this.clock = clock;
		this.runLog = runLog;
	}

	@Scheduled(cron = "${cciais.jobs.inspection:0 15 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "inspection-deadlines")
	public void scheduled() {
		runLog.record(this);
	}

	@Override
	public int runOnce() {
		LocalDate today = LocalDate.now(clock);
		return each(deadlines.lapsing(today), id -> deadlines.lapseIfDue(id, today))
				+ each(deadlines.opening(today), id -> deadlines.openIfDue(id, today))
				+ each(deadlines.closingSoon(today), id -> deadlines.remindIfDue(id, today));
	}

	private static int each(List<Long> ids, LongPredicate step) {
		int changed = 0;
		for (long id : ids) {
			try {
				if (step.test(id)) {
					changed++;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				// the enterprise acted at the same moment; the next run sees the outcome and decides again
				log.info("inspection {} changed concurrently, deferred to the next run", id);
			}
		}
		return changed;
	}

	@Override
	public int order() {
		return 50;
	}
}
