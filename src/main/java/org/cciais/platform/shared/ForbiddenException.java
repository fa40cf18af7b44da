package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 403, the caller's role may not do this. */
public class ForbiddenException extends PlatformException {

	public ForbiddenException(String messageKey, Object... args) {
		super(messageKey, null, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}
}
