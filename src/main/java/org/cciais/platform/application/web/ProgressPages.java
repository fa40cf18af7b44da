package org.cciais.platform.application.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cciais.platform.application.ActionRequest;
import org.cciais.platform.application.ApplicationManagement;
import org.cciais.platform.application.ApplicationQueries;
import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 进度查询—资质申请进度 (manual 3.4): the enterprise's applications, one case with the figure-5 timeline, 修改/取消
 * when returned (3.4.1), 上传申请材料 (3.4.2, figures 9/10) and the rectification uploads (3.4.4, 3.4.5).
 */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class ProgressPages {

	private final ApplicationQueries queries;
	private final ApplicationManagement management;
	private final OrganizationQueries organizations;
	private final EnterpriseQueries enterprises;
	private final PageSupport pages;
	private final ApplicationFormat format;

	ProgressPages(ApplicationQueries queries, ApplicationManagement management, OrganizationQueries organizations,
			EnterpriseQueries enterprises, PageSupport pages, ApplicationFormat format) {
		this.format = format;
		this.queries = queries;
		this.management = management;
		this.organizations = organizations;
		this.enterprises = enterprises;
		this.pages = pages;
	}

	@GetMapping("/enterprise/progress")
	String list(ListParams list, PlatformPrincipal me, Model model, jakarta.servlet.http.HttpServletRequest request) {
		var page = queries.ofEnterprise(me, list.page(ApplicationQueries.PROGRESS_SORT, request));
		model.addAttribute("page", page);
		model.addAttribute("applications", page.getContent());
		return "application/progress";
	}

	@GetMapping("/enterprise/progress/{id}")
	String detail(@PathVariable long id, PlatformPrincipal me, Model model) {
		ApplicationView app = queries.get(id, me);
		return DetailModel.fill(model, app, me, "/enterprise/progress", pages.message("application.progress.listLabel"),
				java.util.List.of(), code -> pages.message(code.messageKey()));
	}

	@GetMapping("/enterprise/progress/{id}/edit")
	String edit(@PathVariable long id, PlatformPrincipal me, Model model, RedirectAttributes flash) {
		ApplicationView app = queries.get(id, me);
		if (!app.can(WorkflowAction.RESUBMIT.code())) {
			flash.addFlashAttribute("failure", pages.message("application.progress.onlyReturnedEditable"));
			return "redirect:/enterprise/progress/" + id;
		}
		return editForm(app, app.reviewOrg().id(), app.consultingOrg() == null ? null : app.consultingOrg().id(),
				Map.of(), me, model);
	}

	@PostMapping("/enterprise/progress/{id}/edit")
	String resubmit(@PathVariable long id, @RequestParam(required = false) Long reviewOrgId,
			@RequestParam(required = false) Long consultingOrgId, PlatformPrincipal me, Model model,
			RedirectAttributes flash) {
		try {
			management.resubmit(id, reviewOrgId, consultingOrgId, me);
			flash.addFlashAttribute("success", pages.message("application.progress.resubmitted"));
			return "redirect:/enterprise/progress/" + id;
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach(p -> errors.putIfAbsent(p.field(), pages.message(p.messageKey(), p.args())));
			return editForm(queries.get(id, me), reviewOrgId, consultingOrgId, errors, me, model);
		}
		catch (PlatformException ex) {
			flash.addFlashAttribute("failure", pages.describe(ex));
			return "redirect:/enterprise/progress/" + id;
		}
	}

	private String editForm(ApplicationView app, Long reviewOrgId, Long consultingOrgId, Map<String, String> errors,
			PlatformPrincipal me, Model model) {
		String region = enterprises.get(me.requireEnterpriseId()).regionCode();
		model.addAttribute("app", app);
		model.addAttribute("reviewOrgs", organizations.authorisedFor(OrganizationType.REVIEW, region));
		model.addAttribute("consultingOrgs", organizations.authorisedFor(OrganizationType.CONSULTING, region));
		model.addAttribute("reviewOrgId", reviewOrgId);
		model.addAttribute("consultingOrgId", consultingOrgId);
		model.addAttribute("errors", errors);
		return "application/edit";
	}

	@GetMapping("/enterprise/progress/{id}/materials")
	String materials(@PathVariable long id, PlatformPrincipal me, Model model, RedirectAttributes flash) {
		ApplicationView app = queries.get(id, me);
		if (!app.can(WorkflowAction.UPLOAD_MATERIAL.code())) {
			flash.addFlashAttribute("failure", app.status() == org.cciais.platform.application.ApplicationStatus.ACCEPTED
					? pages.message("application.guard.deadline")
					: pages.message("application.materials.notInState", app.status()));
			return "redirect:/enterprise/progress/" + id;
		}
		model.addAttribute("app", app);
		model.addAttribute("missing", app.materials().stream().filter(m -> m.required() && !m.present()).count());
		return "application/materials";
	}

	@PostMapping("/enterprise/progress/{id}/materials/{code}")
	String upload(@PathVariable long id, @PathVariable String code,
			@RequestParam(name = "file", required = false) MultipartFile file, PlatformPrincipal me,
			RedirectAttributes flash) {
		return pages.run(flash, "/enterprise/progress/" + id + "/materials#item-" + code, null, "item-" + code, "file",
				Map.of(), () -> {
					var item = management.uploadMaterial(id, code, file, me);
					flash.addFlashAttribute("success",
							pages.message("application.materials.uploaded", new DefaultMessageSourceResolvable(
									new String[] { "application.materials.item" },
									new Object[] { item.label(), item.seq(), item.title() }), item.fileName()));
				});
	}

	/** 暂存: every upload is already kept per item, so this only confirms and leaves the page. */
	@PostMapping("/enterprise/progress/{id}/materials/draft")
	String draft(@PathVariable long id, PlatformPrincipal me, RedirectAttributes flash) {
		ApplicationView app = queries.get(id, me);
		long present = app.materials().stream().filter(ApplicationView.MaterialView::present).count();
		flash.addFlashAttribute("success",
				pages.message("application.materials.draftSaved", present, format.dateTime(app.materialsDueAt())));
		return "redirect:/enterprise/progress/" + id;
	}

	@PostMapping("/enterprise/progress/{id}/materials/submit")
	String submitMaterials(@PathVariable long id, PlatformPrincipal me, RedirectAttributes flash) {
		try {
			management.act(id, WorkflowAction.SUBMIT_MATERIALS.code(), ActionRequest.EMPTY, me);
			flash.addFlashAttribute("success", pages.message("application.materials.submitted"));
			return "redirect:/enterprise/progress/" + id;
		}
		catch (RuntimeException ex) {
			flash.addFlashAttribute("failure", pages.describe(ex));
			return "redirect:/enterprise/progress/" + id + "/materials";
		}
	}

	@PostMapping("/enterprise/progress/{id}/rectifications")
	String rectify(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			PlatformPrincipal me, RedirectAttributes flash) {
		return pages.run(flash, "/enterprise/progress/" + id, pages.message("application.rectification.uploaded"),
				"rectify", "file", Map.of(), () -> management.rectify(id, file, me));
	}
}
