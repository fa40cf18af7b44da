package org.cciais.platform.account;

import java.time.Instant;

import org.cciais.platform.shared.Role;

/** An account as 用户管理 lists it (never the password hash). */
public record AccountSummary(long id, String username, Role role, String displayName, String email, String phone,
		Long organizationId, Long enterpriseId, AccountStatus status, Instant lockedUntil, Instant createdAt) {
}
