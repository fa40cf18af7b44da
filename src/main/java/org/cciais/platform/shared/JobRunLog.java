package org.cciais.platform.shared;

import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a {@link DeadlineJob} and writes its 定时任务 run-log line (start, duration, result, items handled). Call it
 * only while holding the job's ShedLock (from the {@code @SchedulerLock} method, or through {@link ScheduledJobs}),
 * so that with several nodes each run is done, and logged, once.
 */
@Component
public class JobRunLog {

	public static final String SCHEDULED = "SCHEDULE";

	public static final String MANUAL = "MANUAL";

	private static final Logger log = LoggerFactory.getLogger(JobRunLog.class);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final String node;

	JobRunLog(JdbcClient jdbc, Clock clock, @Value("${cciais.node-name:}") String nodeName) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.node = nodeName.isBlank() ? hostName() : nodeName;
	}

	/** A scheduled run: the caller is the {@code @SchedulerLock} method of the job. */
	public int record(DeadlineJob job) {
		return record(job, SCHEDULED, null);
	}

	/** Runs the job once and logs it; a failure is logged as such and rethrown. */
	public int record(DeadlineJob job, String trigger, String by) {
		LockAssert.assertLocked();
		Instant start = clock.instant();
		long t0 = System.nanoTime();
		try {
			int items = DeadlineJobMetrics.measured(job);
			insert(nameOf(job), start, t0, "SUCCESS", items, trigger, by, null);
			return items;
		}
		catch (RuntimeException ex) {
			log.warn("job {} failed", nameOf(job), ex);
			String message = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
			insert(nameOf(job), start, t0, "FAILURE", 0, trigger, by,
					message.length() > 500 ? message.substring(0, 500) : message);
			throw ex;
		}
	}

	private void insert(String name, Instant start, long t0, String result, int items, String trigger, String by,
			String error) {
		jdbc.sql("""
				insert into job_runs (job_name, started_at, duration_ms, result, items, run_trigger, triggered_by, node,
				  error) values (:name, :start, :duration, :result, :items, :trigger, :by, :node, :error)""")
			.param("name", name)
			.param("start", java.time.OffsetDateTime.ofInstant(start, java.time.ZoneOffset.UTC))
			.param("duration", Duration.ofNanos(System.nanoTime() - t0).toMillis())
			.param("result", result)
			.param("items", items)
			.param("trigger", trigger)
			.param("by", by)
			.param("node", node)
			.param("error", error)
			.update();
	}

	/** The job's name is its ShedLock name, from the {@code @SchedulerLock} on its scheduled method. */
	public static String nameOf(DeadlineJob job) {
		SchedulerLock lock = lockOf(job);
		return lock == null ? AopUtils.getTargetClass(job).getSimpleName() : lock.name();
	}

	static SchedulerLock lockOf(DeadlineJob job) {
		for (Method m : AopUtils.getTargetClass(job).getDeclaredMethods()) {
			SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(m, SchedulerLock.class);
			if (lock != null) {
				return lock;
			}
		}
		return null;
	}

	static String hostName() {
		try {
			String host = InetAddress.getLocalHost().getHostName();
			return host.length() > 100 ? host.substring(0, 100) : host;
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}
}
