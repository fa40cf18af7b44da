package org.cciais.platform.organization.api;

import java.util.List;

import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganizationReferenceApiController {

	record OrganizationRef(long id, String name, OrganizationType type) {
	}

	private final OrganizationQueries organizations;

	OrganizationReferenceApiController(OrganizationQueries organizations) {
		this.organizations = organizations;
	}

	/** {@code GET /api/v1/reference/organizations?type=REVIEW|CONSULTING&region=CODE}. */
	@GetMapping("/api/v1/reference/organizations")
	List<OrganizationRef> authorised(@RequestParam OrganizationType type, @RequestParam String region) {
		return organizations.authorisedFor(type, region).stream()
			.map(o -> new OrganizationRef(o.id(), o.name(), o.type()))
			.toList();
	}
}
