package org.cciais.platform.enterprise.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

	Optional<Enterprise> findByCreditCode(String creditCode);

	boolean existsByCreditCode(String creditCode);

	boolean existsByIdAndLicenceFileId(long id, java.util.UUID licenceFileId);

	List<Enterprise> findByFirstApplicationAtIsNullAndRegisteredAtGreaterThanEqualAndRegisteredAtLessThan(
			java.time.Instant from, java.time.Instant to);

	Optional<Enterprise> findByLicenceFileId(java.util.UUID licenceFileId);

	/** Registered before the cut-off and never submitted an application: due for the purge. */
	List<Enterprise> findByFirstApplicationAtIsNullAndRegisteredAtBefore(Instant cutOff);
}
