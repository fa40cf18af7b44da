package org.cciais.platform.account.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrationProbes extends JpaRepository<RegistrationProbe, Long> {

	@Query("select p.probedAt from RegistrationProbe p where p.clientAddress = ?1 and p.probedAt > ?2"
			+ " order by p.probedAt")
	List<Instant> timesFrom(String clientAddress, Instant since);

	@Modifying
	@Query("delete from RegistrationProbe p where p.clientAddress = ?1 and p.probedAt <= ?2")
	void forgetOlder(String clientAddress, Instant before);
}
