package org.cciais.platform.application.internal;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;

/**
 * Who made a transition, as written into the history: a person with a role, or the platform ("system"), whose name
 * in the history is the bundle's {@code application.actor.system} in the records' language ({@link RecordTexts}).
 */
public record Actor(String username, String displayName, Role role) {

	public static final Actor SYSTEM = new Actor("system", null, null);

	/** The bundle key of the platform's name as the one who acted. */
	public static final String SYSTEM_NAME = "application.actor.system";

	public static Actor of(PlatformPrincipal who) {
		return new Actor(who.username(), who.displayName(), who.role());
	}
}
