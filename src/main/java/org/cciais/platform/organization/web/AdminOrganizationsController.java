package org.cciais.platform.organization.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.organization.OrganizationAccountManagement;
import org.cciais.platform.organization.OrganizationManagement;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormErrors;
import org.cciais.platform.shared.web.FormPosts;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 机构管理: review and consulting organisations, their region groups and how many accounts they hold. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminOrganizationsController {

	/** One row of the list. */
	record Row(OrganizationView organization, String regionGroupNames, int accounts) {
	}

	public static class OrganizationForm {

		private OrganizationType type = OrganizationType.REVIEW;
		private String name;
		private List<String> regionGroups = new ArrayList<>();

		public OrganizationType getType() {
			return type;
		}

		public void setType(OrganizationType type) {
			this.type = type;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public List<String> getRegionGroups() {
			return regionGroups;
		}

		public void setRegionGroups(List<String> regionGroups) {
			this.regionGroups = regionGroups;
		}
	}

	private final OrganizationQueries organizations;
	private final OrganizationManagement management;
	private final OrganizationAccountManagement staff;
	private final CatalogQueries catalog;
	private final FormPosts posts;

	AdminOrganizationsController(OrganizationQueries organizations, OrganizationManagement management,
			OrganizationAccountManagement staff, CatalogQueries catalog, FormPosts posts) {
		this.organizations = organizations;
		this.management = management;
		this.staff = staff;
		this.catalog = catalog;
		this.posts = posts;
	}

	@InitBinder("form")
	void allowed(WebDataBinder binder) {
		binder.setAllowedFields("type", "name", "regionGroups");
	}

	@GetMapping("/admin/organizations")
	String page(ListParams list, Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("form", new OrganizationForm());
		return show(model, list.page(OrganizationQueries.SORT, request));
	}

	@PostMapping("/admin/organizations")
	String create(@ModelAttribute("form") OrganizationForm form, BindingResult result, PlatformPrincipal me,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				OrganizationView created = management.create(form.getType(), form.getName(),
						form.getRegionGroups(), me);
				redirect.addFlashAttribute("success",
						posts.message("admin.organizations.created", created.type(), created.name()));
				return "redirect:/admin/organizations";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return show(model, PageRequest.of(0, ListParams.PAGE_DEFAULT_SIZE, OrganizationQueries.SORT.resolve(null)));
	}

	/**
	 * 字典管理 of an organisation: its name and its region groups in one edit, naming the version the page showed (an
	 * edit over someone else's newer one is refused). A refusal is shown beside its field, the typed name kept.
	 */
	@PostMapping("/admin/organizations/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(name = "regionGroups", required = false) List<String> groups,
			@RequestParam(required = false) Long version, PlatformPrincipal me, RedirectAttributes redirect) {
		return posts.run(redirect, "/admin/organizations", posts.message("admin.organizations.saved", name), "org-edit-" + id,
				null, name == null ? Map.of() : Map.of("name", name),
				() -> management.edit(id, name, groups, version, me));
	}

	private String show(Model model, Pageable pageable) {
		List<CatalogQueries.RegionGroup> groups = catalog.regionGroups();
		Map<String, String> names = groups.stream()
			.collect(Collectors.toMap(CatalogQueries.RegionGroup::code, CatalogQueries.RegionGroup::name));
		Map<String, String> members = catalog.regions()
			.stream()
			.collect(Collectors.groupingBy(CatalogQueries.Region::group,
					Collectors.mapping(CatalogQueries.Region::name, Collectors.joining(posts.message("admin.listSeparator")))));
		model.addAttribute("regionGroups", groups);
		model.addAttribute("regionGroupMembers", members);
		model.addAttribute("types", OrganizationType.values());
		var page = organizations.list(null, pageable);
		model.addAttribute("page", page);
		model.addAttribute("rows", page.getContent()
			.stream()
			.map(o -> new Row(o, o.regionGroups().stream().map(g -> names.getOrDefault(g, g))
				.collect(Collectors.joining(posts.message("admin.listSeparator"))), staff.staffOf(o.id()).size()))
			.toList());
		return "admin/organizations";
	}
}
