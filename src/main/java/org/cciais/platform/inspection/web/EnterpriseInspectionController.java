package org.cciais.platform.inspection.web;

import java.util.Map;

import org.cciais.platform.enterprise.UnitTypeQueries;
import org.cciais.platform.inspection.InspectionDetails;
import org.cciais.platform.inspection.InspectionManagement;
import org.cciais.platform.inspection.InspectionView;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PayloadTooLargeException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.UnsupportedFileException;
import org.cciais.platform.shared.web.FormPosts;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 企业年检 (manual 4.1–4.3): the list of the enterprise's inspections, the form with the 副本 data (figure 22),
 * the materials page (figure 23), 进度查询—年检进度 and the rectification page (figure 24).
 */
@Controller
@RequestMapping("/enterprise/inspections")
@PreAuthorize("hasRole('ENTERPRISE')")
class EnterpriseInspectionController {

	private final InspectionManagement inspections;
	private final FormPosts posts;

	private final UnitTypeQueries unitTypes;

	EnterpriseInspectionController(InspectionManagement inspections, FormPosts posts, UnitTypeQueries unitTypes) {
		this.unitTypes = unitTypes;
		this.inspections = inspections;
		this.posts = posts;
	}

	@GetMapping
	String list(ListParams list, PlatformPrincipal me, Model model, jakarta.servlet.http.HttpServletRequest request) {
		var page = inspections.list(me, null, list.page(InspectionManagement.ENTERPRISE_SORT, request));
		model.addAttribute("page", page);
		model.addAttribute("inspections", page.getContent());
		return "inspection/enterprise-list";
	}

	@GetMapping("/progress")
	String progress(PlatformPrincipal me, Model model) {
		model.addAttribute("inspections", inspections.list(me, null));
		return "inspection/enterprise-progress";
	}

	/** Figure 22: the 副本 data, editable while the window is open. */
	@GetMapping("/{id}")
	String form(@PathVariable long id, PlatformPrincipal me, Model model) {
		InspectionDetails details = inspections.details(id, me);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InspectionDataForm.of(details.formData()));
		}
		return formPage(details, model);
	}

	/** 下一步: keeps the (changed) data, then the materials. */
	@PostMapping("/{id}")
	String next(@PathVariable long id, @ModelAttribute("form") InspectionDataForm form, PlatformPrincipal me,
			Model model, RedirectAttributes redirect) {
		try {
			inspections.saveData(id, form.toChanges(), me);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", posts.fields(ex));
			model.addAttribute("failure", posts.message("inspection.page.flash.checkFields"));
			return formPage(inspections.details(id, me), model);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure", posts.sentence(ex));
			return "redirect:/enterprise/inspections/" + id;
		}
		return "redirect:/enterprise/inspections/" + id + "/materials";
	}

	private String formPage(InspectionDetails details, Model model) {
		model.addAttribute("details", details);
		model.addAttribute("inspection", details.inspection());
		model.addAttribute("unitTypes", unitTypes.offeredWith(details.certificate().copy().unitType()));
		return "inspection/enterprise-form";
	}

	/** Figure 23: one upload per catalogue item; 变更证明 and 变更后的营业执照 when the data changed. */
	@GetMapping("/{id}/materials")
	String materials(@PathVariable long id, PlatformPrincipal me, Model model) {
		InspectionDetails details = inspections.details(id, me);
		model.addAttribute("details", details);
		model.addAttribute("inspection", details.inspection());
		return "inspection/enterprise-materials";
	}

	@PostMapping("/{id}/materials/{code}")
	String upload(@PathVariable long id, @PathVariable String code,
			@RequestParam(name = "file", required = false) MultipartFile file, PlatformPrincipal me,
			RedirectAttributes redirect) {
		try {
			InspectionView view = inspections.uploadMaterial(id, code, file, me);
			view.materials().stream().filter(m -> m.code().equals(code)).findFirst()
				.ifPresent(m -> redirect.addFlashAttribute("success",
						posts.message("inspection.page.flash.uploaded", m.title(), m.fileName())));
		}
		catch (InvalidInputException | ConflictException | PayloadTooLargeException | UnsupportedFileException ex) {
			redirect.addFlashAttribute("failure", posts.sentence(ex));
			posts.refusal(ex, "item-" + code, "file", Map.of()).flash(redirect);
			return "redirect:/enterprise/inspections/" + id + "/materials#item-" + code;
		}
		return "redirect:/enterprise/inspections/" + id + "/materials";
	}

	/** 暂存: the uploads are kept already; back to the list with the reminder of the deadline. */
	@PostMapping("/{id}/draft")
	String draft(@PathVariable long id, PlatformPrincipal me, RedirectAttributes redirect) {
		InspectionView view = inspections.get(id, me);
		redirect.addFlashAttribute("success", posts.message("inspection.page.flash.draft", view.windowClosesOn()));
		return "redirect:/enterprise/inspections";
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, PlatformPrincipal me, RedirectAttributes redirect) {
		try {
			inspections.submit(id, null, me);
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("failure", posts.message("inspection.page.flash.notSubmitted", posts.sentence(ex)));
			return "redirect:/enterprise/inspections/" + id + "/materials";
		}
		redirect.addFlashAttribute("success", posts.message("inspection.page.flash.submitted"));
		return "redirect:/enterprise/inspections/progress";
	}

	/** Figure 24: the review opinion and report, and the upload of the rectification (RAR). */
	@GetMapping("/{id}/rectification")
	String rectification(@PathVariable long id, PlatformPrincipal me, Model model) {
		InspectionDetails details = inspections.details(id, me);
		model.addAttribute("details", details);
		model.addAttribute("inspection", details.inspection());
		return "inspection/enterprise-rectification";
	}

	@PostMapping("/{id}/rectification")
	String rectify(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			PlatformPrincipal me, RedirectAttributes redirect) {
		try {
			inspections.rectify(id, file, me);
		}
		catch (InvalidInputException | ConflictException | PayloadTooLargeException | UnsupportedFileException ex) {
			redirect.addFlashAttribute("failure", posts.sentence(ex));
			posts.refusal(ex, "rectification-form", "file", Map.of()).flash(redirect);
			return "redirect:/enterprise/inspections/" + id + "/rectification#rectification-form";
		}
		redirect.addFlashAttribute("success", posts.message("inspection.page.flash.rectified"));
		return "redirect:/enterprise/inspections/progress";
	}
}
