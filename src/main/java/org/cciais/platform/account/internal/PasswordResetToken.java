package org.cciais.platform.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time self-service reset link; only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "password_reset_tokens")
public class PasswordResetToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected PasswordResetToken() {
	}

	public PasswordResetToken(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Unused and not expired. */
	public boolean isUsable(Instant now) {
		return usedAt == null && expiresAt.isAfter(now);
	}

	public void use(Instant now) {
		if (usedAt == null) {
			usedAt = now;
		}
	}

	public long getAccountId() {
		return accountId;
	}
}
