package org.cciais.platform.organization;

import org.cciais.platform.shared.Role;

/**
 * An account the association opens (API {@code POST /api/v1/admin/accounts}): REVIEW_ORG and REVIEWER belong to a
 * review organisation, CONSULTANT to a consulting organisation; EXPERT and ADMIN to none.
 */
public record StaffAccount(Role role, String username, String password, Long organizationId, String displayName,
		String email) {
}
