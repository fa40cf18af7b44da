package org.cciais.platform.shared;

import java.time.Instant;

/** One line of a job's run log. {@code trigger} is {@code SCHEDULE} or {@code MANUAL} (run now, by whom). */
public record JobRun(long id, String name, Instant startedAt, long durationMs, String result, int items,
		String trigger, String triggeredBy, String node, String error) {
}
