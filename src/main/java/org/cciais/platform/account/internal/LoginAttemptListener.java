package org.cciais.platform.account.internal;

import org.cciais.platform.account.AccountManagement;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts page log-in failures so that guessing locks the account (the API path counts in the service). */
@Component
class LoginAttemptListener {

	private final AccountManagement accounts;

	LoginAttemptListener(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordLoginFailure(String.valueOf(event.getAuthentication().getPrincipal()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PlatformUserDetails details) {
			accounts.recordLoginSuccess(details.getUsername());
		}
	}
}
