package org.cciais.platform.certificate.internal;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;

/** Who changed a certificate's status: a signed-in user, or the system (jobs, events). */
public record Actor(String name, Role role) {

	public static final Actor SYSTEM = new Actor("system", null);

	public static Actor of(PlatformPrincipal principal) {
		return principal == null ? SYSTEM : new Actor(principal.username(), principal.role());
	}
}
