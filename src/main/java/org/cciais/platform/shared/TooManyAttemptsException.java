package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 429, log-in or another request throttled; {@link #retryAfterSeconds()} feeds {@code Retry-After} when above 0. */
public class TooManyAttemptsException extends PlatformException {

	private final long retryAfterSeconds;

	public TooManyAttemptsException(String messageKey, Object... args) {
		this(0, messageKey, args);
	}

	public TooManyAttemptsException(long retryAfterSeconds, String messageKey, Object... args) {
		super(messageKey, null, args);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.TOO_MANY_REQUESTS;
	}
}
