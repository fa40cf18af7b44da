package org.cciais.platform.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a page log-in ({@code POST /login}) that the {@link LoginThrottle} does not allow now, before any
 * password is checked: back to the log-in page with the reason and the wait. Added to the page chain in front of
 * the form log-in, so it also answers before a session exists.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LoginThrottle.Verdict verdict = throttle.check(request.getParameter("username"), request.getRemoteAddr());
		if (!verdict.refused()) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect(request.getContextPath() + target(verdict));
	}

	/** Where a refused or failed page log-in goes: the log-in page with the message for the verdict. */
	static String target(LoginThrottle.Verdict verdict) {
		if (!verdict.refused()) {
			return "/login?error";
		}
		if (verdict.refusal() == LoginThrottle.Refusal.NAME_LOCKED) {
			return "/login?locked";
		}
		return "/login?throttled=" + (verdict.retryAfterSeconds() + 59) / 60;
	}
}
