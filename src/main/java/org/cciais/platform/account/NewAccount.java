package org.cciais.platform.account;

import org.cciais.platform.shared.Role;

/** What it takes to open an account; {@code organizationId} for REVIEW_ORG, REVIEWER and CONSULTANT. */
public record NewAccount(String username, String password, Role role, String displayName, String email,
		Long enterpriseId, Long organizationId) {
}
