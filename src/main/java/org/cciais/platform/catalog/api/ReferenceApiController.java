package org.cciais.platform.catalog.api;

import java.util.List;

import org.cciais.platform.catalog.Catalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public reference data of API.md (regions, industries, materials). Organisations are served by their module. */
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceApiController {

	private final Catalog catalog;

	ReferenceApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/regions")
	List<Catalog.Region> regions() {
		return catalog.regions();
	}

	@GetMapping("/industries")
	List<Catalog.IndustryInfo> industries() {
		return catalog.industries();
	}

	@GetMapping("/materials")
	List<Catalog.MaterialItem> materials() {
		return catalog.materials();
	}
}
