package org.cciais.platform.catalog.api;

import java.net.URI;
import java.util.List;

import org.cciais.platform.catalog.DictionaryManagement;
import org.cciais.platform.catalog.DictionaryManagement.IndustryEntry;
import org.cciais.platform.catalog.DictionaryManagement.MaterialEntry;
import org.cciais.platform.catalog.DictionaryManagement.MaterialInput;
import org.cciais.platform.catalog.DictionaryManagement.RegionEntry;
import org.cciais.platform.catalog.DictionaryManagement.RegionGroupEntry;
import org.cciais.platform.catalog.DictionaryManagement.RegionGroupInput;
import org.cciais.platform.catalog.DictionaryManagement.UnitTypeEntry;
import org.cciais.platform.catalog.DictionaryManagement.UnitTypeInput;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 字典管理 for integrations: the ADMIN edits the reference data; every change names the version it read. */
@RestController
@RequestMapping("/api/v1/admin/dictionaries")
@PreAuthorize("hasRole('ADMIN')")
class AdminDictionaryApiController {

	record Move(String group, Long version) {
	}

	record Scope(String scope, Long version) {
	}

	record VersionOnly(Long version) {
	}

	private final DictionaryManagement dictionaries;

	AdminDictionaryApiController(DictionaryManagement dictionaries) {
		this.dictionaries = dictionaries;
	}

	@GetMapping("/region-groups")
	List<RegionGroupEntry> regionGroups() {
		return dictionaries.regionGroups();
	}

	@PostMapping("/region-groups")
	ResponseEntity<RegionGroupEntry> createRegionGroup(@RequestBody RegionGroupInput body, PlatformPrincipal me) {
		RegionGroupEntry created = dictionaries.createRegionGroup(body, me);
		return ResponseEntity.created(URI.create("/api/v1/admin/dictionaries/region-groups/" + created.code()))
			.body(created);
	}

	@PutMapping("/region-groups/{code}")
	RegionGroupEntry editRegionGroup(@PathVariable String code, @RequestBody RegionGroupInput body,
			PlatformPrincipal me) {
		return dictionaries.editRegionGroup(code, body, me);
	}

	@GetMapping("/regions")
	List<RegionEntry> regions() {
		return dictionaries.regions();
	}

	/** {@code {group, version}}: the region belongs to that group from now on. */
	@PutMapping("/regions/{code}")
	RegionEntry moveRegion(@PathVariable String code, @RequestBody Move body, PlatformPrincipal me) {
		return dictionaries.moveRegion(code, body.group(), body.version(), me);
	}

	@GetMapping("/industries")
	List<IndustryEntry> industries() {
		return dictionaries.industries();
	}

	@PutMapping("/industries/{code}")
	IndustryEntry editScope(@PathVariable String code, @RequestBody Scope body, PlatformPrincipal me) {
		return dictionaries.editScope(code, body.scope(), body.version(), me);
	}

	@GetMapping("/materials")
	List<MaterialEntry> materials() {
		return dictionaries.materials();
	}

	@PostMapping("/materials")
	ResponseEntity<MaterialEntry> addMaterial(@RequestBody MaterialInput body, PlatformPrincipal me) {
		MaterialEntry created = dictionaries.addMaterial(body, me);
		return ResponseEntity.created(URI.create("/api/v1/admin/dictionaries/materials/" + created.code()))
			.body(created);
	}

	@PutMapping("/materials/{code}")
	MaterialEntry editMaterial(@PathVariable String code, @RequestBody MaterialInput body, PlatformPrincipal me) {
		return dictionaries.editMaterial(code, body, me);
	}

	/** 停用: no longer offered to new applications; never deleted (the applications created before keep it). */
	@PostMapping("/materials/{code}/retire")
	MaterialEntry retireMaterial(@PathVariable String code, @RequestBody(required = false) VersionOnly body,
			PlatformPrincipal me) {
		return dictionaries.retireMaterial(code, body == null ? null : body.version(), me);
	}

	@PostMapping("/materials/{code}/reinstate")
	MaterialEntry reinstateMaterial(@PathVariable String code, @RequestBody(required = false) VersionOnly body,
			PlatformPrincipal me) {
		return dictionaries.reinstateMaterial(code, body == null ? null : body.version(), me);
	}

	@GetMapping("/unit-types")
	List<UnitTypeEntry> unitTypes() {
		return dictionaries.unitTypes();
	}

	@PostMapping("/unit-types")
	ResponseEntity<UnitTypeEntry> addUnitType(@RequestBody UnitTypeInput body, PlatformPrincipal me) {
		UnitTypeEntry created = dictionaries.addUnitType(body, me);
		return ResponseEntity.created(URI.create("/api/v1/admin/dictionaries/unit-types/" + created.id()))
			.body(created);
	}

	@PutMapping("/unit-types/{id}")
	UnitTypeEntry editUnitType(@PathVariable long id, @RequestBody UnitTypeInput body, PlatformPrincipal me) {
		return dictionaries.editUnitType(id, body, me);
	}

	@PostMapping("/unit-types/{id}/retire")
	UnitTypeEntry retireUnitType(@PathVariable long id, @RequestBody(required = false) VersionOnly body,
			PlatformPrincipal me) {
		return dictionaries.retireUnitType(id, true, body == null ? null : body.version(), me);
	}

	@PostMapping("/unit-types/{id}/reinstate")
	UnitTypeEntry reinstateUnitType(@PathVariable long id, @RequestBody(required = false) VersionOnly body,
			PlatformPrincipal me) {
		return dictionaries.retireUnitType(id, false, body == null ? null : body.version(), me);
	}
}
