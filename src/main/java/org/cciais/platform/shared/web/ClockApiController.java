package org.cciais.platform.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.DeadlineJobMetrics;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rehearsal clock (API.md): only when {@code CCIAIS_CLOCK_ADJUSTABLE=true}, else 404. Moving the clock runs every
 * deadline job once before answering, so a scenario's consequences are visible at once.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ClockApiController {

	record ClockChange(String advance, OffsetDateTime to) {
	}

	private final PlatformClock clock;
	private final List<DeadlineJob> jobs;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;

	ClockApiController(PlatformClock clock, List<DeadlineJob> jobs, ApplicationEventPublisher events,
			TransactionTemplate tx) {
		this.clock = clock;
		this.jobs = jobs;
		this.events = events;
		this.tx = tx;
	}

	@GetMapping("/api/v1/admin/clock")
	Map<String, Object> now() {
		requireAdjustable();
		return Map.of("now", OffsetDateTime.ofInstant(clock.instant(), PlatformClock.ZONE));
	}

	@PostMapping("/api/v1/admin/clock")
	Map<String, Object> move(@RequestBody ClockChange change, org.cciais.platform.shared.PlatformPrincipal me) {
		requireAdjustable();
		Instant now;
		if (change.advance() != null && change.to() == null) {
			Duration by;
			try {
				by = Duration.parse(change.advance());
			}
			catch (RuntimeException ex) {
				by = parsePeriod(change.advance());
			}
			if (by.isNegative()) {
				throw new InvalidInputException("advance", "clock.advance.negative");
			}
			now = clock.advance(by);
		}
		else if (change.to() != null && change.advance() == null) {
			now = clock.setTo(change.to().toInstant());
		}
		else {
			throw new InvalidInputException("advance", "clock.change.oneOf");
		}
		tx.executeWithoutResult(s -> events.publishEvent(AuditRecord.of(me, "clock.move", "clock", "platform",
				"平台时钟调整为 " + OffsetDateTime.ofInstant(now, PlatformClock.ZONE))));
		runDeadlineJobs(jobs);
		return Map.of("now", OffsetDateTime.ofInstant(clock.instant(), PlatformClock.ZONE));
	}

	static void runDeadlineJobs(List<DeadlineJob> jobs) {
		jobs.stream().sorted(Comparator.comparingInt(DeadlineJob::order)).forEach(DeadlineJobMetrics::measured);
	}

	private static Duration parsePeriod(String text) {
		try {
			java.time.Period period = java.time.Period.parse(text);
			if (period.getYears() != 0 || period.getMonths() != 0) {
				throw new InvalidInputException("advance", "clock.advance.format");
			}
			return Duration.ofDays(period.getDays());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException("advance", "clock.advance.format");
		}
	}

	private void requireAdjustable() {
		if (!clock.isAdjustable()) {
			throw new NotFoundException("error.notFound");
		}
	}
}
