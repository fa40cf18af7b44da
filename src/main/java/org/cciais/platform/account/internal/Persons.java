package org.cciais.platform.account.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Persons extends JpaRepository<Person, Long> {

	Optional<Person> findByAccountId(long accountId);

	Optional<Person> findByIdNumberHash(String idNumberHash);

	boolean existsByIdNumberHash(String idNumberHash);
}
