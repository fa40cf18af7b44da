package org.cciais.platform.account;

import java.time.Instant;

import org.cciais.platform.shared.Role;

/**
 * A live page session (在线用户). {@code id} is Spring Session's primary key, a random UUID that is not the session
 * id carried by the cookie, so listing sessions never hands out a way to ride one.
 */
public record OnlineSession(String id, String username, String displayName, Role role, Long organizationId,
		Long enterpriseId, String ip, Instant since, Instant lastAccessAt) {
}
