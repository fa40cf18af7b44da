package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 429, login throttled. */
public class TooManyAttemptsException extends PlatformException {

	public TooManyAttemptsException(String messageKey, Object... args) {
		super(messageKey, null, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.TOO_MANY_REQUESTS;
	}
}
