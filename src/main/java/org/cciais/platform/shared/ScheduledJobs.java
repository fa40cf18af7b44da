package org.cciais.platform.shared;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * 定时任务: every {@link DeadlineJob} with its schedule, last and next run and run log, and 立即执行 for ADMIN. A run
 * now takes the same ShedLock as the schedule, so it never overlaps a run on another node (that is a 409).
 */
@Service
public class ScheduledJobs {

	private final List<DeadlineJob> jobs;
	private final JobRunLog runLog;
	private final LockingTaskExecutor executor;
	private final JdbcClient jdbc;
	private final Environment environment;
	private final Clock clock;
	private final MessageSource messages;

	ScheduledJobs(List<DeadlineJob> jobs, JobRunLog runLog, LockProvider locks, JdbcClient jdbc,
			Environment environment, Clock clock, MessageSource messages) {
		this.jobs = jobs.stream().sorted(Comparator.comparingInt(DeadlineJob::order)).toList();
		this.runLog = runLog;
		this.executor = new DefaultLockingTaskExecutor(locks);
		this.jdbc = jdbc;
		this.environment = environment;
		this.clock = clock;
		this.messages = messages;
	}

	public List<JobView> list() {
		return jobs.stream().map(this::view).toList();
	}

	public Optional<JobView> find(String name) {
		return job(name).map(this::view);
	}

	/** The run log of one job, newest first. */
	public Page<JobRun> runs(String name, int page, int size) {
		if (job(name).isEmpty()) {
			throw new NotFoundException("error.notFound");
		}
		if (page < 0) {
			throw new InvalidInputException("page", "paging.page.invalid");
		}
		if (size < 1 || size > 500) {
			throw new InvalidInputException("size", "paging.size.invalid", 500);
		}
		long total = jdbc.sql("select count(*) from job_runs where job_name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
		List<JobRun> content = jdbc.sql("""
				select id, job_name, started_at, duration_ms, result, items, run_trigger, triggered_by, node, error
				from job_runs where job_name = :name order by started_at desc, id desc limit :size offset :offset""")
			.param("name", name)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, i) -> new JobRun(rs.getLong(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4), rs.getString(5), rs.getInt(6),
					rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)))
			.list();
		return new PageImpl<>(content, PageRequest.of(page, size), total);
	}

	/**
	 * Runs the job now under its ShedLock and returns the logged run. 409 when it is running at this moment (on
	 * any node); a failing job is logged as failed and answered with its run line.
	 */
	public JobRun runNow(String name, PlatformPrincipal admin) {
		DeadlineJob job = job(name).orElseThrow(() -> new NotFoundException("error.notFound"));
		LockConfiguration lock = new LockConfiguration(clock.instant(), name, Duration.ofMinutes(10), Duration.ZERO);
		LockingTaskExecutor.TaskResult<Integer> result;
		try {
			result = executor.executeWithLock(
					() -> runLog.record(job, JobRunLog.MANUAL, admin == null ? null : admin.username()), lock);
		}
		catch (RuntimeException ex) {
			return runs(name, 0, 1).getContent().get(0);
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
		if (!result.wasExecuted()) {
			throw new ConflictException("job.running");
		}
		return runs(name, 0, 1).getContent().get(0);
	}

	private Optional<DeadlineJob> job(String name) {
		return jobs.stream().filter(j -> JobRunLog.nameOf(j).equals(name)).findFirst();
	}

	private JobView view(DeadlineJob job) {
		String name = JobRunLog.nameOf(job);
		Scheduled scheduled = scheduledOf(job);
		String cron = scheduled == null ? "-" : environment.resolvePlaceholders(scheduled.cron());
		Instant next = null;
		if (!"-".equals(cron) && CronExpression.isValidExpression(cron)) {
			ZoneId zone = scheduled.zone().isEmpty() ? clock.getZone() : ZoneId.of(scheduled.zone());
			ZonedDateTime n = CronExpression.parse(cron).next(ZonedDateTime.ofInstant(clock.instant(), zone));
			next = n == null ? null : n.toInstant();
		}
		JobRun last = runs(name, 0, 1).getContent().stream().findFirst().orElse(null);
		return new JobView(name, cron, messages.getMessage(CronWords.describe(cron), LocaleContextHolder.getLocale()),
				next, last);
	}

	private static Scheduled scheduledOf(DeadlineJob job) {
		for (Method m : AopUtils.getTargetClass(job).getDeclaredMethods()) {
			Scheduled s = AnnotatedElementUtils.findMergedAnnotation(m, Scheduled.class);
			if (s != null) {
				return s;
			}
		}
		return null;
	}
}
