package org.cciais.platform.enterprise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an enterprise, typed so that no other id can be passed for it. In JSON (the events that the event
 * publication registry keeps) it is the plain number.
 */
public record EnterpriseId(@JsonValue long value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public EnterpriseId {
	}
}
