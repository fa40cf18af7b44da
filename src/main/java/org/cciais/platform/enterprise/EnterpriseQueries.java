package org.cciais.platform.enterprise;

import java.util.Optional;

import org.cciais.platform.enterprise.internal.EnterpriseRepository;
import org.cciais.platform.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to enterprises for the other modules. */
@Service
@Transactional(readOnly = true)
public class EnterpriseQueries {

	private final EnterpriseRepository repository;

	EnterpriseQueries(EnterpriseRepository repository) {
		this.repository = repository;
	}

	public Optional<EnterpriseView> find(long id) {
		return repository.findById(id).map(e -> e.toView());
	}

	/** The enterprises of these ids that exist, by id (one query; a list's applicants). */
	public java.util.Map<Long, EnterpriseView> findAll(java.util.Collection<Long> ids) {
		java.util.Map<Long, EnterpriseView> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			repository.findAllById(ids).stream().map(e -> e.toView()).forEach(v -> found.put(v.id(), v));
		}
		return found;
	}

	public EnterpriseView get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	public Optional<EnterpriseView> findByCreditCode(String creditCode) {
		return creditCode == null ? Optional.empty()
				: repository.findByCreditCode(creditCode.trim().toUpperCase()).map(e -> e.toView());
	}

	/** Manual 3.1.1: a registration without a submitted application is purged this long after registering. */
	public static final java.time.Duration PURGE_AFTER = java.time.Duration.ofDays(7);

	/** Registrations still without an application, registered in [from, to) (for the purge reminder). */
	public java.util.List<EnterpriseView> withoutApplicationRegisteredBetween(java.time.Instant from,
			java.time.Instant to) {
		return repository.findByFirstApplicationAtIsNullAndRegisteredAtGreaterThanEqualAndRegisteredAtLessThan(from, to)
			.stream()
			.map(e -> e.toView())
			.toList();
	}

	/** The enterprise whose business licence is this file, if any. */
	public Optional<Long> idByLicenceFile(java.util.UUID fileId) {
		return fileId == null ? Optional.empty() : repository.findByLicenceFileId(fileId).map(e -> e.getId());
	}
}
