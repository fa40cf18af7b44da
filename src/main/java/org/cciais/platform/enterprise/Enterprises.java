package org.cciais.platform.enterprise;

import java.util.Optional;

import org.cciais.platform.enterprise.internal.EnterpriseRepository;
import org.cciais.platform.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to enterprises for the other modules, and the one fact they report back. */
@Service
@Transactional(readOnly = true)
public class Enterprises {

	private final EnterpriseRepository repository;
	private final java.time.Clock clock;

	Enterprises(EnterpriseRepository repository, java.time.Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public Optional<EnterpriseView> find(long id) {
		return repository.findById(id).map(e -> e.toView());
	}

	public EnterpriseView get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	public Optional<EnterpriseView> findByCreditCode(String creditCode) {
		return creditCode == null ? Optional.empty()
				: repository.findByCreditCode(creditCode.trim().toUpperCase()).map(e -> e.toView());
	}

	/** The enterprise whose business licence is this file, if any. */
	public Optional<Long> idByLicenceFile(java.util.UUID fileId) {
		return fileId == null ? Optional.empty() : repository.findByLicenceFileId(fileId).map(e -> e.getId());
	}

	/** Called by the application module when the enterprise submits an application: ends the purge countdown. */
	@Transactional
	public void markApplicationSubmitted(long enterpriseId) {
		repository.findById(enterpriseId).ifPresent(e -> e.applicationSubmitted(clock.instant()));
	}
}
