package org.cciais.platform.audit.api;

import java.util.List;

import org.cciais.platform.audit.AuditQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/audit?actor=&action=&objectType=&objectId=&limit=}: newest first (ADMIN). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

	private final AuditQueries audit;

	AuditApiController(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/admin/audit")
	List<AuditQueries.Entry> search(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String objectType,
			@RequestParam(required = false) String objectId, @RequestParam(defaultValue = "100") int limit) {
		return audit.search(actor, action, objectType, objectId, limit);
	}
}
