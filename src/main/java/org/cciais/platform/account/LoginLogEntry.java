package org.cciais.platform.account;

import java.time.Instant;

/**
 * One line of the 登录日志 (API {@code GET /api/v1/admin/login-log}). Never holds a password; a login name that
 * matches no account is stored masked, since people sometimes type their password into the name field.
 *
 * @param browser a readable summary of the User-Agent, such as {@code Chrome 131 · Windows}
 */
public record LoginLogEntry(Instant at, String username, LoginEvent event, LoginResult result, String ip,
		String userAgent, String browser, LoginChannel channel) {
}
