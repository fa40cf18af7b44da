package org.cciais.platform.shared;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user can understand. The message is a key of messages.properties (or literal Chinese text when no
 * key matches), resolved with {@link #args()}; {@link #field()} names the offending input when there is one.
 */
public abstract class PlatformException extends RuntimeException {

	private final transient Object[] args;
	private final String field;

	protected PlatformException(String messageKey, String field, Object... args) {
		super(messageKey);
		this.args = args;
		this.field = field;
	}

	public abstract HttpStatus status();

	public String messageKey() {
		return getMessage();
	}

	public Object[] args() {
		return args;
	}

	public String field() {
		return field;
	}
}
