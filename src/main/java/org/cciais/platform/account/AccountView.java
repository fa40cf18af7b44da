package org.cciais.platform.account;

import java.time.Instant;

import org.cciais.platform.shared.Role;

/** An account as other modules see it (never the password hash). */
public record AccountView(long id, String username, Role role, String displayName, String email, Long enterpriseId,
		Long organizationId, Instant createdAt) {
}
