package org.cciais.platform.enterprise.api;

import java.util.Map;

import org.cciais.platform.enterprise.EnterpriseProfileManagement;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The enterprise's own registration data and contacts (manual 5.1). */
@RestController
@PreAuthorize("hasRole('ENTERPRISE')")
class ProfileApiController {

	private final EnterpriseQueries enterprises;
	private final EnterpriseProfileManagement profile;

	ProfileApiController(EnterpriseQueries enterprises, EnterpriseProfileManagement profile) {
		this.enterprises = enterprises;
		this.profile = profile;
	}

	@GetMapping("/api/v1/me/profile")
	EnterpriseView show(PlatformPrincipal me) {
		return enterprises.get(me.requireEnterpriseId());
	}

	/**
	 * {@code PATCH /api/v1/me/profile}: contacts and 公司简介 only; a registration-locked or unknown field is a 400
	 * naming the field, and then nothing changes.
	 */
	@PatchMapping("/api/v1/me/profile")
	EnterpriseView update(PlatformPrincipal me, @RequestBody Map<String, Object> changes) {
		return profile.update(me.requireEnterpriseId(), changes, me);
	}
}
