package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 413, an upload over the size limit. */
public class PayloadTooLargeException extends PlatformException {

	public PayloadTooLargeException(String messageKey, Object... args) {
		super(messageKey, null, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.PAYLOAD_TOO_LARGE;
	}
}
