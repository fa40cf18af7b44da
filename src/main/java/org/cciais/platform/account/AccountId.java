package org.cciais.platform.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an account, typed so that no other id can be passed for it. In JSON (the events that the event publication
 * registry keeps) it is the plain number.
 */
public record AccountId(@JsonValue long value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AccountId {
	}

	/** The id of {@code value}, or null for none. */
	public static AccountId ofNullable(Long value) {
		return value == null ? null : new AccountId(value);
	}
}
