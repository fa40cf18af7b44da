package org.cciais.platform.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens in the session, but never a new session for a state-changing request that arrives without one: such
 * a request (a cross-site POST under {@code SameSite=Lax} carries no cookie) is refused anyway, and answering it
 * with a fresh {@code Set-Cookie: SESSION} would replace the victim's session cookie and log them out.
 */
final class NoSessionForRefusedRequests implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) == null && !isSafe(request.getMethod())) {
			return;
		}
		sessions.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return sessions.loadToken(request);
	}

	private static boolean isSafe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}
}
