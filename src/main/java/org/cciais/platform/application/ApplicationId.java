package org.cciais.platform.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a qualification application, typed so that no other id can be passed for it. In JSON (the events that the
 * event publication registry keeps) it is the plain number.
 */
public record ApplicationId(@JsonValue long value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ApplicationId {
	}
}
