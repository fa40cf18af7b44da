package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/** 415, an upload whose content is not the required kind. */
public class UnsupportedFileException extends PlatformException {

	public UnsupportedFileException(String messageKey, Object... args) {
		super(messageKey, null, args);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
	}
}
