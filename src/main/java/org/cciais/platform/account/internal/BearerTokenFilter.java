package org.cciais.platform.account.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ProblemWriter;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer <token>} on the API; an unknown or expired token is a 401 problem. */
class BearerTokenFilter extends OncePerRequestFilter {

	private final TokenAuthenticator tokens;
	private final MessageSource messages;

	BearerTokenFilter(TokenAuthenticator tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			PlatformPrincipal principal = tokens.authenticate(header.substring(7).trim()).orElse(null);
			if (principal == null) {
				ProblemWriter.write(request, response, 401, messages, "account.token.invalid");
				return;
			}
			var authentication = new UsernamePasswordAuthenticationToken(principal, null,
					List.of(new SimpleGrantedAuthority(principal.role().authority())));
			SecurityContextHolder.getContext().setAuthentication(authentication);
		}
		chain.doFilter(request, response);
	}
}
