package org.cciais.platform.personnel;

import org.cciais.platform.shared.PlatformException;
import org.springframework.http.HttpStatus;

/** 409: the 身份证号 or the certificate number is already in the registry; names the field for forms. */
public class DuplicateEngineerException extends PlatformException {

	public DuplicateEngineerException(String field, String messageKey) {
		super(messageKey, field);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}
}
