package org.cciais.platform.application;

import java.time.Instant;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;

/** An accepted application whose 7-day materials deadline falls in a period (for reminders). */
public record MaterialsDue(long applicationId, long enterpriseId, Industry industry, Level level,
		Instant materialsDueAt) {
}
