package org.cciais.platform.account.internal;

import io.micrometer.core.instrument.Metrics;

/** {@code cciais_login_failures_total{channel}} and {@code cciais_login_lockouts_total}. */
public final class LoginMetrics {

	private LoginMetrics() {
	}

	/** One failed log-in through {@code api} (token) or {@code page} (form); {@code lockedNow} when it locked the account. */
	public static void failed(String channel, boolean lockedNow) {
		Metrics.counter("cciais.login.failures", "channel", channel).increment();
		if (lockedNow) {
			Metrics.counter("cciais.login.lockouts").increment();
		}
	}
}
