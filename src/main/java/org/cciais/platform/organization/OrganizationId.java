package org.cciais.platform.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a review or consulting organisation, typed so that no other id can be passed for it. In JSON (the events
 * that the event publication registry keeps) it is the plain number.
 */
public record OrganizationId(@JsonValue long value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public OrganizationId {
	}

	/** The id of {@code value}, or null for none. */
	public static OrganizationId ofNullable(Long value) {
		return value == null ? null : new OrganizationId(value);
	}
}
