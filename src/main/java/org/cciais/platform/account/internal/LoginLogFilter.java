package org.cciais.platform.account.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.LoginChannel;
import org.cciais.platform.account.LoginEvent;
import org.cciais.platform.account.LoginLog;
import org.cciais.platform.account.LoginResult;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the 登录日志 line of each log-in attempt from what the person was answered: the page log-in's redirect
 * ({@code /portal}, {@code /login?locked}, {@code /login?error}) or the token endpoint's status. It sits in front of
 * Spring Security (inside Spring Session), so it sees the final outcome whatever the throttling decided. Only the
 * login name is read from the request, never the password. A successful page log-in also stamps the session with
 * the client address and the time, for 在线用户.
 */
class LoginLogFilter extends OncePerRequestFilter {

	static final String PAGE_LOGIN = "/login";
	static final String TOKEN = "/api/v1/auth/token";

	private final LoginLog log;
	private final AccountManagement accounts;
	private final ObjectMapper json;
	private final Clock clock;

	LoginLogFilter(LoginLog log, AccountManagement accounts, ObjectMapper json, Clock clock) {
		this.log = log;
		this.accounts = accounts;
		this.json = json;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !(PAGE_LOGIN.equals(path) || TOKEN.equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (TOKEN.equals(path)) {
			ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, 16 * 1024);
			chain.doFilter(cached, response);
			String username = usernameOf(cached.getContentAsByteArray());
			int status = response.getStatus();
			LoginResult result = status == 200 ? LoginResult.SUCCESS
					: status == 429 || accounts.isLocked(username) ? LoginResult.LOCKED : LoginResult.FAILURE;
			record(request, username, result, LoginChannel.API);
			return;
		}
		chain.doFilter(request, response);
		String username = request.getParameter("username");
		String target = response.getHeader("Location");
		LoginResult result = target != null && target.endsWith("/portal") ? LoginResult.SUCCESS
				: target != null && target.contains("locked") ? LoginResult.LOCKED : LoginResult.FAILURE;
		if (result == LoginResult.SUCCESS) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.setAttribute(SessionStamps.CLIENT_ADDRESS, request.getRemoteAddr());
				session.setAttribute(SessionStamps.LOGIN_AT, clock.millis());
			}
		}
		record(request, username, result, LoginChannel.WEB);
	}

	private void record(HttpServletRequest request, String username, LoginResult result, LoginChannel channel) {
		log.record(username, LoginEvent.LOGIN, result, request.getRemoteAddr(), request.getHeader("User-Agent"),
				channel);
	}

	private String usernameOf(byte[] body) {
		if (body.length == 0) {
			return "";
		}
		try {
			JsonNode name = json.readTree(body).get("username");
			return name == null || !name.isString() ? "" : name.asString();
		}
		catch (RuntimeException ex) {
			return "";
		}
	}
}
