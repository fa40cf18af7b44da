package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 413, an upload over the size limit. */
public class PayloadTooLargeException extends PlatformException {

	public PayloadTooLargeException(String messageKey, Object... args) {
		this(messageKey, null, args);
	}

	private PayloadTooLargeException(String messageKey, String field, Object... args) {
		super(messageKey, field, args);
	}

	/** The same refusal, naming the form field of the file (for a form with several files). */
	public PayloadTooLargeException forField(String field) {
		return new PayloadTooLargeException(messageKey(), field, args());
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.PAYLOAD_TOO_LARGE;
	}
}
