package org.cciais.platform.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cciais.platform.catalog.DictionaryManagement.MaterialInput;
import org.cciais.platform.catalog.DictionaryManagement.RegionGroupInput;
import org.cciais.platform.catalog.DictionaryManagement.UnitTypeInput;
import org.cciais.platform.catalog.DictionaryManagement;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormPosts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 字典管理: the ADMIN's pages for the reference data, one tab each (区域组, 行业, 申请材料, 单位性质). Every form posts
 * the version it showed, so an edit over someone else's newer one is refused; a refusal comes back beside its field
 * with what was typed, and the page opens at that form.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminDictionariesController {

	private static final List<String> TABS = List.of("region-groups", "industries", "materials", "unit-types");

	private static final String BASE = "/admin/dictionaries/";

	private final DictionaryManagement dictionaries;
	private final FormPosts posts;
	private final MessageSource messages;

	AdminDictionariesController(DictionaryManagement dictionaries, FormPosts posts, MessageSource messages) {
		this.messages = messages;
		this.dictionaries = dictionaries;
		this.posts = posts;
	}

	@GetMapping("/admin/dictionaries")
	String first() {
		return "redirect:" + BASE + TABS.get(0);
	}

	@GetMapping("/admin/dictionaries/{tab}")
	String tab(@PathVariable String tab, Model model) {
		if (!TABS.contains(tab)) {
			throw new NotFoundException("error.notFound");
		}
		model.addAttribute("tab", tab);
		switch (tab) {
			case "region-groups" -> {
				model.addAttribute("groups", dictionaries.regionGroups());
				model.addAttribute("regions", dictionaries.regions());
			}
			case "industries" -> model.addAttribute("industries", dictionaries.industries());
			case "materials" -> model.addAttribute("materials", dictionaries.materials());
			default -> model.addAttribute("unitTypes", dictionaries.unitTypes());
		}
		return "admin/dictionaries";
	}

	// ---- 区域组

	@PostMapping("/admin/dictionaries/region-groups")
	String createGroup(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String order, PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "region-groups", say("dictionary.saved.groupCreated", name), "group-new", null,
				typed("code", code, "name", name, "order", order),
				() -> dictionaries.createRegionGroup(new RegionGroupInput(code, name, number(order), null), me));
	}

	@PostMapping("/admin/dictionaries/region-groups/{code}")
	String editGroup(@PathVariable String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String order, @RequestParam(required = false) Long version,
			PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "region-groups", say("dictionary.saved.group", name), "group-" + code, null,
				typed("name", name, "order", order),
				() -> dictionaries.editRegionGroup(code, new RegionGroupInput(null, name, number(order), version), me));
	}

	@PostMapping("/admin/dictionaries/regions/{code}")
	String moveRegion(@PathVariable String code, @RequestParam(required = false) String group,
			@RequestParam(required = false) Long version, PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "region-groups", say("dictionary.saved.region"), "region-" + code, null,
				typed("group", group), () -> dictionaries.moveRegion(code, group, version, me));
	}

	// ---- 行业

	@PostMapping("/admin/dictionaries/industries/{code}")
	String editScope(@PathVariable String code, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Long version, PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "industries", say("dictionary.saved.industry"), "industry-" + code, null,
				typed("scope", scope), () -> dictionaries.editScope(code, scope, version, me));
	}

	// ---- 申请材料

	@PostMapping("/admin/dictionaries/materials")
	String addMaterial(@RequestParam(required = false) String title, @RequestParam(required = false) Boolean required,
			@RequestParam(required = false) String fileKind, @RequestParam(required = false) Boolean shared,
			@RequestParam(required = false) String order, PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "materials", say("dictionary.saved.materialCreated", title),
				"material-new", null, materialTyped(title, required, fileKind, shared, order),
				() -> dictionaries.addMaterial(new MaterialInput(title, required, fileKind, shared, number(order), null),
						me));
	}

	@PostMapping("/admin/dictionaries/materials/{code}")
	String editMaterial(@PathVariable String code, @RequestParam(required = false) String title,
			@RequestParam(required = false) Boolean required, @RequestParam(required = false) String fileKind,
			@RequestParam(required = false) Boolean shared, @RequestParam(required = false) String order,
			@RequestParam(required = false) Long version, PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "materials", say("dictionary.saved.material", title), "material-" + code, null,
				materialTyped(title, required, fileKind, shared, order),
				() -> dictionaries.editMaterial(code,
						new MaterialInput(title, required, fileKind, shared, number(order), version), me));
	}

	@PostMapping("/admin/dictionaries/materials/{code}/retire")
	String retireMaterial(@PathVariable String code, @RequestParam(required = false) Long version,
			PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "materials", say("dictionary.saved.materialRetired"),
				"material-" + code, null, Map.of(), () -> dictionaries.retireMaterial(code, version, me));
	}

	@PostMapping("/admin/dictionaries/materials/{code}/reinstate")
	String reinstateMaterial(@PathVariable String code, @RequestParam(required = false) Long version,
			PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "materials", say("dictionary.saved.materialReinstated"), "material-" + code, null,
				Map.of(), () -> dictionaries.reinstateMaterial(code, version, me));
	}

	// ---- 单位性质

	@PostMapping("/admin/dictionaries/unit-types")
	String addUnitType(@RequestParam(required = false) String name, @RequestParam(required = false) String order,
			PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "unit-types", say("dictionary.saved.unitTypeCreated", name), "unit-new", null,
				typed("name", name, "order", order),
				() -> dictionaries.addUnitType(new UnitTypeInput(name, number(order), null), me));
	}

	@PostMapping("/admin/dictionaries/unit-types/{id}")
	String editUnitType(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String order, @RequestParam(required = false) Long version,
			PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "unit-types", say("dictionary.saved.unitType", name), "unit-" + id, null,
				typed("name", name, "order", order),
				() -> dictionaries.editUnitType(id, new UnitTypeInput(name, number(order), version), me));
	}

	@PostMapping("/admin/dictionaries/unit-types/{id}/retire")
	String retireUnitType(@PathVariable long id, @RequestParam(required = false) Long version, PlatformPrincipal me,
			RedirectAttributes flash) {
		return posts.run(flash, BASE + "unit-types", say("dictionary.saved.unitTypeRetired"), "unit-" + id, null,
				Map.of(), () -> dictionaries.retireUnitType(id, true, version, me));
	}

	@PostMapping("/admin/dictionaries/unit-types/{id}/reinstate")
	String reinstateUnitType(@PathVariable long id, @RequestParam(required = false) Long version,
			PlatformPrincipal me, RedirectAttributes flash) {
		return posts.run(flash, BASE + "unit-types", say("dictionary.saved.unitTypeReinstated"), "unit-" + id, null, Map.of(),
				() -> dictionaries.retireUnitType(id, false, version, me));
	}

	/** A typed number; text that is not one is handed on as "no number", which the rules refuse beside the field. */
	private static Integer number(String text) {
		if (text == null || !text.strip().matches("\\d{1,6}")) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

	private static Map<String, String> materialTyped(String title, Boolean required, String fileKind, Boolean shared,
			String order) {
		return typed("title", title, "required", required == null ? null : required.toString(), "fileKind", fileKind,
				"shared", shared == null ? null : shared.toString(), "order", order);
	}

	private static Map<String, String> typed(String... pairs) {
		Map<String, String> typed = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				typed.put(pairs[i], pairs[i + 1]);
			}
		}
		return typed;
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
