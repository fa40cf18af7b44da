package org.cciais.platform.audit.internal;

import org.cciais.platform.audit.AuditFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The paged, filtered read of the audit log (a repository fragment: reads only). */
public interface AuditSearch {

	Page<AuditEntry> search(AuditFilter filter, Pageable pageable);
}
