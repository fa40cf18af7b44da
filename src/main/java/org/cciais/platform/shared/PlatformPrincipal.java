package org.cciais.platform.shared;

import java.io.Serializable;

/**
 * Who is acting: the authenticated account as every module sees it. Enterprise and organisation ids are set for
 * the roles that belong to one; use {@code @AuthenticationPrincipal PlatformPrincipal} in controllers.
 */
public record PlatformPrincipal(long accountId, String username, Role role, Long enterpriseId, Long organizationId,
		String displayName) implements Serializable {

	public boolean is(Role r) {
		return role == r;
	}

	public long requireEnterpriseId() {
		if (enterpriseId == null) {
			throw new NotFoundException("error.notFound");
		}
		return enterpriseId;
	}

	public long requireOrganizationId() {
		if (organizationId == null) {
			throw new NotFoundException("error.notFound");
		}
		return organizationId;
	}
}
