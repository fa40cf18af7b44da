package org.cciais.platform.account.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts page log-in failures for the {@link LoginThrottle} (the API path counts in the service). An unknown name
 * arrives here as bad credentials too, and is counted the same way.
 */
@Component
class LoginAttemptListener {

	private final LoginThrottle throttle;

	LoginAttemptListener(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String name = String.valueOf(event.getAuthentication().getPrincipal());
		String address = address(event);
		throttle.failed(name, address);
		LoginMetrics.failed("page", throttle.check(name, address).refused());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PlatformUserDetails details) {
			throttle.succeeded(details.getUsername(), address(event));
		}
	}

	private static String address(AbstractAuthenticationEvent event) {
		return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
				? web.getRemoteAddress() : null;
	}
}
