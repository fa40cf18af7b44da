package org.cciais.platform.account.internal;

import java.util.List;

import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The session principal of page log-ins; carries the {@link PlatformPrincipal} that controllers receive. */
public class PlatformUserDetails extends User {

	private static final long serialVersionUID = 1L;

	private final PlatformPrincipal principal;

	PlatformUserDetails(Account account) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.principal = account.toPrincipal();
	}

	public PlatformPrincipal getPrincipal() {
		return principal;
	}

	public PlatformPrincipal principal() {
		return principal;
	}
}
