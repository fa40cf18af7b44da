package org.cciais.platform.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One failed log-in: from where, for which login name (hashed), when. Insert-only, so nodes never conflict. */
@Entity
@Table(name = "login_failures")
class LoginFailure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "client_address", nullable = false)
	private String clientAddress;

	@Column(name = "login_key", nullable = false)
	private String loginKey;

	@Column(name = "failed_at", nullable = false)
	private Instant failedAt;

	protected LoginFailure() {
	}

	LoginFailure(String clientAddress, String loginKey, Instant failedAt) {
		this.clientAddress = clientAddress;
		this.loginKey = loginKey;
		this.failedAt = failedAt;
	}

	String getClientAddress() {
		return clientAddress;
	}

	String getLoginKey() {
		return loginKey;
	}

	Instant getFailedAt() {
		return failedAt;
	}
}
