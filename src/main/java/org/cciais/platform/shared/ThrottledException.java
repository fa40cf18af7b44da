package org.cciais.platform.shared;

import java.time.Duration;

/**
 * 429 with the time after which the caller may try again: {@code Retry-After} in whole seconds (at least 1), set by
 * the error handling like every {@link TooManyAttemptsException}.
 */
public class ThrottledException extends TooManyAttemptsException {

	private final Duration retryAfter;

	public ThrottledException(Duration retryAfter, String messageKey, Object... args) {
		super(Math.max(1, retryAfter.toSeconds()), messageKey, args);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
