package org.cciais.platform.catalog.api;

import java.util.List;

import org.cciais.platform.catalog.CatalogQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public reference data of API.md (regions, industries, materials). Organisations are served by their module. */
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceApiController {

	private final CatalogQueries catalog;

	ReferenceApiController(CatalogQueries catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/regions")
	List<CatalogQueries.Region> regions() {
		return catalog.regions();
	}

	@GetMapping("/industries")
	List<CatalogQueries.IndustryInfo> industries() {
		return catalog.industries();
	}

	@GetMapping("/materials")
	List<CatalogQueries.MaterialItem> materials() {
		return catalog.materials();
	}
}
