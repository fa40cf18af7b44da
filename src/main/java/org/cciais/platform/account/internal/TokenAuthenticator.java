package org.cciais.platform.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a bearer token on every API request: one query joining the token to its account, outside any JPA
 * transaction (the filter runs before the controller, and this is the hottest path of the API). Refused: an unknown
 * token (revoked ones are deleted), an expired one, one whose account is disabled. Tokens keep no last-use time.
 */
@Component
public class TokenAuthenticator {

	private final JdbcClient jdbc;
	private final Clock clock;

	TokenAuthenticator(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<PlatformPrincipal> authenticate(String raw) {
		if (raw == null || raw.isEmpty()) {
			return Optional.empty();
		}
		return jdbc
			.sql("select a.id, a.username, a.role, a.enterprise_id, a.organization_id, a.display_name"
					+ " from api_tokens t join accounts a on a.id = t.account_id"
					+ " where t.token_hash = ? and t.expires_at > ? and a.enabled = true")
			.param(AccountManagement.sha256(raw))
			.param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.query((rs, i) -> new PlatformPrincipal(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getString(6)))
			.optional();
	}
}
