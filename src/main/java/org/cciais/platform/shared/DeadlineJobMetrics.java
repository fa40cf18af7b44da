package org.cciais.platform.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * {@code cciais_deadline_job_seconds{job}} and {@code cciais_deadline_job_items_total{job}}: how long each run of a
 * deadline job took and how many objects it changed. Static over Micrometer's global registry (Boot adds its
 * registries to it), so a job records with one call and needs no extra collaborator.
 */
public final class DeadlineJobMetrics {

	private DeadlineJobMetrics() {
	}

	/** Runs {@link DeadlineJob#runOnce()} timed and counted; returns what it returned. */
	public static int measured(DeadlineJob job) {
		String name = name(job);
		Timer.Sample sample = Timer.start(Metrics.globalRegistry);
		int items = job.runOnce();
		sample.stop(Timer.builder("cciais.deadline.job").tag("job", name).description("deadline job runs")
			.register(Metrics.globalRegistry));
		Counter.builder("cciais.deadline.job.items").tag("job", name).description("objects changed by deadline jobs")
			.register(Metrics.globalRegistry)
			.increment(items);
		return items;
	}

	static String name(DeadlineJob job) {
		String name = job.getClass().getSimpleName();
		int proxy = name.indexOf("$$");
		return proxy > 0 ? name.substring(0, proxy) : name;
	}
}
