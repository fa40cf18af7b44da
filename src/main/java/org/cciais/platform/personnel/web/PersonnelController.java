package org.cciais.platform.personnel.web;

import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.personnel.EngineerView;
import org.cciais.platform.personnel.PersonnelManagement;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ErrorHandling;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 人员管理 (manual 3.6, figures 18–21): list, 查看证书, 添加 by 身份证号, 删除 after confirmation. */
@Controller
@RequestMapping("/enterprise/personnel")
@PreAuthorize("hasRole('ENTERPRISE')")
class PersonnelController {

	private final PersonnelManagement personnel;
	private final EnterpriseQueries enterprises;
	private final ErrorHandling errors;

	PersonnelController(PersonnelManagement personnel, EnterpriseQueries enterprises, ErrorHandling errors) {
		this.personnel = personnel;
		this.enterprises = enterprises;
		this.errors = errors;
	}

	@GetMapping
	String list(ListParams list, PlatformPrincipal me, Model model, jakarta.servlet.http.HttpServletRequest request) {
		return show(me, list.page(PersonnelManagement.SORT, request), model);
	}

	private String show(PlatformPrincipal me, Pageable pageable, Model model) {
		var page = personnel.boundTo(me.requireEnterpriseId(), pageable);
		model.addAttribute("page", page);
		model.addAttribute("engineers", page.getContent());
		return "personnel/enterprise-personnel";
	}

	@PostMapping
	String add(@RequestParam(required = false) String idNumber, PlatformPrincipal me, Model model,
			RedirectAttributes redirect) {
		try {
			EngineerView bound = personnel.bind(idNumber, me);
			redirect.addFlashAttribute("success",
					errors.message("personnel.staff.added", bound.name(), bound.certificateNumber()));
			return "redirect:/enterprise/personnel";
		}
		catch (PlatformException refused) {
			// The refusal is shown beside the field in the still open dialog; the number typed is not echoed back
			// into the page beyond the form field itself.
			model.addAttribute("addError", errors.message(refused.messageKey(), refused.args()));
			model.addAttribute("idNumber", idNumber == null ? "" : idNumber.trim());
			return show(me, PageRequest.of(0, ListParams.PAGE_DEFAULT_SIZE, PersonnelManagement.SORT.resolve(null)), model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, PlatformPrincipal me, RedirectAttributes redirect) {
		EngineerView engineer = personnel.getBound(id, me.requireEnterpriseId());
		personnel.unbind(id, me);
		redirect.addFlashAttribute("success", errors.message("personnel.staff.deleted", engineer.name()));
		return "redirect:/enterprise/personnel";
	}

	@GetMapping("/{id}/certificate")
	String certificate(@PathVariable long id, PlatformPrincipal me, Model model) {
		EngineerView engineer = personnel.getBound(id, me.requireEnterpriseId());
		model.addAttribute("engineer", engineer);
		model.addAttribute("idNumberShown", engineer.idNumberMasked());
		model.addAttribute("enterpriseName",
				enterprises.find(me.requireEnterpriseId()).map(e -> e.name()).orElseThrow(
						() -> new NotFoundException("error.notFound")));
		return "personnel/engineer-certificate";
	}
}
