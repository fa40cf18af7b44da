package org.cciais.platform.enterprise.internal;

import java.util.UUID;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.storage.FileAccessPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The files of a change application (变更证明, new licence): the enterprise's own (ADMIN always may). */
@Component
class ChangeFileAccess implements FileAccessPolicy {

	private final EnterpriseChanges changes;

	ChangeFileAccess(EnterpriseChanges changes) {
		this.changes = changes;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(UUID fileId, PlatformPrincipal who) {
		return who != null && who.enterpriseId() != null && changes.ownsFile(who.enterpriseId(), fileId);
	}
}
