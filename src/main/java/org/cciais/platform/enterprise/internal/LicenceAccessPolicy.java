package org.cciais.platform.enterprise.internal;

import java.util.UUID;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.storage.FileAccessPolicy;
import org.springframework.stereotype.Component;

/** An enterprise may open its own business licence (ADMIN always may). */
@Component
class LicenceAccessPolicy implements FileAccessPolicy {

	private final EnterpriseRepository repository;

	LicenceAccessPolicy(EnterpriseRepository repository) {
		this.repository = repository;
	}

	@Override
	public boolean mayRead(UUID fileId, PlatformPrincipal who) {
		return who.enterpriseId() != null && repository.existsByIdAndLicenceFileId(who.enterpriseId(), fileId);
	}
}
