package org.cciais.platform.shared;

/**
 * A scheduled, idempotent job driven by the platform clock (registration purge, material deadline, inspection
 * windows, certificate expiry). Each module schedules its own with ShedLock; the admin clock endpoint runs them all
 * once, in {@link #order()}, after moving the clock.
 */
public interface DeadlineJob {

	/** Runs the job once; must be idempotent and return the number of objects it changed. */
	int runOnce();

	default int order() {
		return 0;
	}
}
