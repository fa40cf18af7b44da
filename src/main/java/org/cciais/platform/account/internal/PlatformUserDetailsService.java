package org.cciais.platform.account.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for the page log-in; throttling happens before, in {@link LoginThrottleFilter}. */
@Component
class PlatformUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	PlatformUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username == null ? "" : username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return new PlatformUserDetails(account);
	}
}
