package org.cciais.platform.account.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokens extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	@Modifying
	@Query("delete from ApiToken t where t.accountId = ?1")
	int deleteByAccountId(long accountId);
}
