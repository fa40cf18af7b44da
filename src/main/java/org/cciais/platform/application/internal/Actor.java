package org.cciais.platform.application.internal;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;

/** Who made a transition, as written into the history: a person with a role, or the platform ("system"). */
public record Actor(String username, String displayName, Role role) {

	public static final Actor SYSTEM = new Actor("system", "系统", null);

	public static Actor of(PlatformPrincipal who) {
		return new Actor(who.username(), who.displayName(), who.role());
	}
}
