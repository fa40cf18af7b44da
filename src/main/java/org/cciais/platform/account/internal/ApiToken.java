package org.cciais.platform.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bearer token of the REST API; only its SHA-256 is stored. */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	protected ApiToken() {
	}

	public ApiToken(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public long getAccountId() {
		return accountId;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}
}
