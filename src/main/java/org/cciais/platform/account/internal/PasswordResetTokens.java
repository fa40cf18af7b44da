package org.cciais.platform.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordResetTokens extends JpaRepository<PasswordResetToken, Long> {

	Optional<PasswordResetToken> findByTokenHash(String tokenHash);

	long countByAccountIdAndCreatedAtAfter(long accountId, Instant since);

	List<PasswordResetToken> findByAccountIdAndUsedAtIsNull(long accountId);
}
