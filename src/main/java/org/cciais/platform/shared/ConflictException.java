package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 409, an action not allowed in the current state or a concurrent change that lost. */
public class ConflictException extends PlatformException {

	public ConflictException(String messageKey, Object... args) {
		super(messageKey, null, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}
}
