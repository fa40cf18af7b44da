package org.cciais.platform.account;

import java.time.Instant;
import java.util.Locale;

import org.cciais.platform.shared.Role;

/**
 * An account as other modules see it (never the password hash).
 *
 * @param language the language its user last chose in the header switch, for mails and notifications; Chinese
 *        until they choose
 */
public record AccountView(long id, String username, Role role, String displayName, String email, Long enterpriseId,
		Long organizationId, Instant createdAt, Locale language) {
}
