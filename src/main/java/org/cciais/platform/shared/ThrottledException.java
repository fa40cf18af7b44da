package org.cciais.platform.shared;

import java.time.Duration;

/** 429 with the time after which the caller may try again ({@code Retry-After}). */
public class ThrottledException extends TooManyAttemptsException {

	private final Duration retryAfter;

	public ThrottledException(Duration retryAfter, String messageKey, Object... args) {
		super(messageKey, args);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
