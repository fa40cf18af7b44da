package org.cciais.platform.account.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailures extends JpaRepository<LoginFailure, Long> {

	/** The address's failures since {@code since}, oldest first. */
	@Query("select f.failedAt from LoginFailure f where f.clientAddress = ?1 and f.failedAt > ?2 order by f.failedAt")
	List<Instant> timesFromAddress(String clientAddress, Instant since);

	/** The pair's failures since {@code since}, oldest first. */
	@Query("select f.failedAt from LoginFailure f where f.loginKey = ?1 and f.clientAddress = ?2 and f.failedAt > ?3"
			+ " order by f.failedAt")
	List<Instant> timesOfPair(String loginKey, String clientAddress, Instant since);

	@Modifying
	@Query("delete from LoginFailure f where f.loginKey = ?1 and f.clientAddress = ?2")
	void forgetPair(String loginKey, String clientAddress);

	@Modifying
	@Query("delete from LoginFailure f where f.clientAddress = ?1 and f.failedAt <= ?2")
	void forgetOlder(String clientAddress, Instant before);

	/** Every failure since {@code since}, oldest first. */
	@Query("select f from LoginFailure f where f.failedAt > ?1 order by f.failedAt")
	List<LoginFailure> since(Instant since);

	@Query("select f from LoginFailure f where f.loginKey = ?1 and f.failedAt > ?2 order by f.failedAt")
	List<LoginFailure> ofName(String loginKey, Instant since);

	@Modifying
	@Query("delete from LoginFailure f where f.loginKey = ?1")
	void forgetName(String loginKey);
}
