package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 400: input that breaks a rule; {@link #field()} names the field shown beside the message. */
public class InvalidInputException extends PlatformException {

	public InvalidInputException(String field, String messageKey, Object... args) {
		super(messageKey, field, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}
}
