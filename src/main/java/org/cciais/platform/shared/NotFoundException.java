package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 404, also for objects that exist but are not the caller's. */
public class NotFoundException extends PlatformException {

	public NotFoundException(String messageKey, Object... args) {
		super(messageKey, null, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}
}
