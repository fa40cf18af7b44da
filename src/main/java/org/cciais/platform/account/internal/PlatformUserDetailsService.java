package org.cciais.platform.account.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PlatformUserDetailsService implements UserDetailsService {

	private final Accounts accounts;
	private final Clock clock;

	PlatformUserDetailsService(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.findByUsername(username == null ? "" : username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return new PlatformUserDetails(account, account.isLocked(clock.instant()));
	}
}
