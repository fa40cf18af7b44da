package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 415, an upload whose content is not the required kind. */
public class UnsupportedFileException extends PlatformException {

	public UnsupportedFileException(String messageKey, Object... args) {
		this(messageKey, null, args);
	}

	private UnsupportedFileException(String messageKey, String field, Object... args) {
		super(messageKey, field, args);
	}

	/** The same refusal, naming the form field of the file (for a form with several files). */
	public UnsupportedFileException forField(String field) {
		return new UnsupportedFileException(messageKey(), field, args());
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
	}
}
