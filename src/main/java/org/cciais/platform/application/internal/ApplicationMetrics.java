package org.cciais.platform.application.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.WorkflowAction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code cciais_applications{state}}: applications per state, counted in the database at most every 30 seconds per
 * node (a scrape never runs a query), and {@code cciais_application_transitions_total{action}} per committed
 * transition.
 */
@Component
public class ApplicationMetrics {

	private final JdbcTemplate jdbc;
	private final MeterRegistry registry;
	private final Map<ApplicationStatus, AtomicLong> byState = new EnumMap<>(ApplicationStatus.class);

	ApplicationMetrics(JdbcTemplate jdbc, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
		for (ApplicationStatus status : ApplicationStatus.values()) {
			AtomicLong count = new AtomicLong();
			byState.put(status, count);
			Gauge.builder("cciais.applications", count, AtomicLong::get).tag("state", status.name())
				.description("applications per state (refreshed every 30 s)")
				.register(registry);
		}
	}

	@Scheduled(initialDelay = 5_000, fixedDelay = 30_000)
	public void refresh() {
		Map<ApplicationStatus, Long> counted = new EnumMap<>(ApplicationStatus.class);
		jdbc.query("select status, count(*) from qualification_applications group by status",
				rs -> {
					counted.put(ApplicationStatus.valueOf(rs.getString(1)), rs.getLong(2));
				});
		byState.forEach((status, count) -> count.set(counted.getOrDefault(status, 0L)));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ApplicationStateChanged event) {
		registry.counter("cciais.application.transitions", "action", event.action() == null ? "create" : event.action())
			.increment();
	}

	/*
	 * Called by the deadline sweep once a batch has committed, not a listener of ApplicationsExpired: the event
	 * publication registry would store, mark and complete a publication per event for this counter, two commits each
	 * on the sweep's own thread (a fifth of the request, bench/RESULTS.md 2026-12-03 evening).
	 */
	void expired(int cases) {
		registry.counter("cciais.application.transitions", "action", WorkflowAction.EXPIRE.code()).increment(cases);
	}
}
