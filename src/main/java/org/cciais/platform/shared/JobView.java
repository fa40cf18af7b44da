package org.cciais.platform.shared;

import java.time.Instant;

/**
 * A scheduled job as 定时任务 shows it.
 *
 * @param name the ShedLock name, also the key of its Chinese title ({@code job.<name>})
 * @param cron the Spring cron expression in force ({@code -} when switched off)
 * @param schedule the cron in words, in the reader's language
 * @param nextRunAt null when switched off
 * @param lastRun null before the first run
 */
public record JobView(String name, String cron, String schedule, Instant nextRunAt, JobRun lastRun) {
}
