package org.cciais.platform.application.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cciais.platform.application.ApplicationKind;
import org.cciais.platform.application.ApplicationManagement;
import org.cciais.platform.application.ApplicationQueries;
import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.application.IndustryStatus;
import org.cciais.platform.application.NewApplication;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 资质申请 (manual 3.3.2, figures 6 and 7): the industries table and the application form. */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class EnterpriseApplicationPages {

	private final ApplicationQueries queries;
	private final ApplicationManagement management;
	private final EnterpriseQueries enterprises;
	private final OrganizationQueries organizations;
	private final CatalogQueries catalog;
	private final PageSupport pages;

	EnterpriseApplicationPages(ApplicationQueries queries, ApplicationManagement management, EnterpriseQueries enterprises,
			OrganizationQueries organizations, CatalogQueries catalog, PageSupport pages) {
		this.queries = queries;
		this.management = management;
		this.enterprises = enterprises;
		this.organizations = organizations;
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping("/enterprise/applications")
	String industries(PlatformPrincipal me, Model model) {
		model.addAttribute("industries", queries.industries(me.requireEnterpriseId()));
		return "application/industries";
	}

	/** {@code kind=RENEWAL} opens the renewal form (续期（重新申请）), otherwise the initial or upgrade form. */
	@GetMapping("/enterprise/applications/new")
	String form(@RequestParam(required = false) String industry, @RequestParam(required = false) String kind,
			PlatformPrincipal me, Model model, RedirectAttributes flash) {
		IndustryStatus status = status(industry, me);
		if (status == null) {
			flash.addFlashAttribute("failure", pages.message("application.new.chooseIndustry"));
			return "redirect:/enterprise/applications";
		}
		boolean renewal = "RENEWAL".equals(kind);
		if (status.inProgress()) {
			flash.addFlashAttribute("failure", pages.message("application.industry.inProgress", status.name()));
			return "redirect:/enterprise/applications";
		}
		if (renewal ? !status.renewable() : !status.canApply()) {
			flash.addFlashAttribute("failure", renewal ? refusal(status, ApplicationKind.RENEWAL, me)
					: pages.message("application.industry.nothingToApply", status.name()));
			return "redirect:/enterprise/applications";
		}
		return form(status, renewal ? ApplicationKind.RENEWAL : status.nextKind(), null, null, Map.of(), me, model);
	}

	@PostMapping("/enterprise/applications")
	String submit(@RequestParam(required = false) String industry, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long reviewOrgId, @RequestParam(required = false) Long consultingOrgId,
			PlatformPrincipal me, Model model, RedirectAttributes flash) {
		IndustryStatus status = status(industry, me);
		if (status == null) {
			flash.addFlashAttribute("failure", pages.message("application.new.chooseIndustry"));
			return "redirect:/enterprise/applications";
		}
		ApplicationKind chosen = "RENEWAL".equals(kind) ? ApplicationKind.RENEWAL : status.nextKind();
		try {
			ApplicationView created = management.create(
					new NewApplication(status.industry(), reviewOrgId, consultingOrgId, chosen), me);
			flash.addFlashAttribute("success",
					pages.message("application.new.submitted", created.industry(), created.level()));
			return "redirect:/enterprise/progress/" + created.id();
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach(p -> errors.putIfAbsent(p.field(), pages.message(p.messageKey(), p.args())));
			return form(status, chosen, reviewOrgId, consultingOrgId, errors, me, model);
		}
		catch (PlatformException ex) {
			flash.addFlashAttribute("failure", pages.describe(ex));
			return "redirect:/enterprise/applications";
		}
	}

	/** Why the kind cannot be applied for now, in the words of its policy. */
	private String refusal(IndustryStatus status, ApplicationKind kind, PlatformPrincipal me) {
		try {
			management.checkApplicable(status.industry(), kind, me);
			return pages.message("application.industry.inProgress", status.name());
		}
		catch (PlatformException ex) {
			return pages.describe(ex);
		}
	}

	private String form(IndustryStatus status, ApplicationKind kind, Long reviewOrgId, Long consultingOrgId,
			Map<String, String> errors, PlatformPrincipal me, Model model) {
		EnterpriseView enterprise = enterprises.get(me.requireEnterpriseId());
		model.addAttribute("industry", status);
		model.addAttribute("kind", kind);
		model.addAttribute("level", kind == ApplicationKind.RENEWAL ? status.renewalLevel() : status.nextLevel());
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("region", catalog.region(enterprise.regionCode()).orElse(null));
		model.addAttribute("regionGroup", catalog.region(enterprise.regionCode())
			.flatMap(r -> catalog.regionGroup(r.group()))
			.orElse(null));
		model.addAttribute("reviewOrgs", organizations.authorisedFor(OrganizationType.REVIEW, enterprise.regionCode()));
		model.addAttribute("consultingOrgs",
				organizations.authorisedFor(OrganizationType.CONSULTING, enterprise.regionCode()));
		model.addAttribute("reviewOrgId", reviewOrgId);
		model.addAttribute("consultingOrgId", consultingOrgId);
		model.addAttribute("errors", errors);
		return "application/new";
	}

	private IndustryStatus status(String code, PlatformPrincipal me) {
		if (code == null) {
			return null;
		}
		try {
			Industry industry = Industry.valueOf(code);
			return queries.industryStatus(me.requireEnterpriseId(), industry);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
