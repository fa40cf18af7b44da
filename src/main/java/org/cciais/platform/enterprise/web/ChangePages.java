package org.cciais.platform.enterprise.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.enterprise.ChangeData;
import org.cciais.platform.enterprise.ChangeStatus;
import org.cciais.platform.enterprise.ChangeView;
import org.cciais.platform.enterprise.EnterpriseChangeManagement;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.enterprise.UnitTypeQueries;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormPosts;
import org.cciais.platform.shared.web.ListParams;
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
 * 变更申请 pages: the enterprise's form and list (with rectification), the association's list and review. The
 * rules live in {@link EnterpriseChangeManagement}.
 */
@Controller
class ChangePages {

	static final String RECTIFICATION_FORM = "rectification-form";

	static final String DECISION_FORM = "decision-form";

	private final EnterpriseChangeManagement changes;
	private final EnterpriseQueries enterprises;
	private final FormPosts posts;

	private final UnitTypeQueries unitTypes;

	ChangePages(EnterpriseChangeManagement changes, EnterpriseQueries enterprises, FormPosts posts, UnitTypeQueries unitTypes) {
		this.unitTypes = unitTypes;
		this.changes = changes;
		this.enterprises = enterprises;
		this.posts = posts;
	}

	@GetMapping("/enterprise/changes")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String mine(PlatformPrincipal me, Model model) {
		EnterpriseView e = enterprises.get(me.requireEnterpriseId());
		return form(me, model, new ChangeData(e.name(), e.registeredAddress(), e.legalRepresentative(),
				e.registeredCapital(), e.unitType()), Map.of());
	}

	@PostMapping("/enterprise/changes")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String apply(@RequestParam(required = false) String name, @RequestParam(required = false) String registeredAddress,
			@RequestParam(required = false) String legalRepresentative,
			@RequestParam(required = false) String registeredCapital, @RequestParam(required = false) String unitType,
			@RequestParam(required = false) MultipartFile changeProof,
			@RequestParam(required = false) MultipartFile licence, PlatformPrincipal me, Model model,
			RedirectAttributes flash) {
		BigDecimal capital = decimal(registeredCapital);
		ChangeData data = new ChangeData(name, registeredAddress, legalRepresentative, capital, unitType);
		try {
			changes.apply(data, changeProof, licence, me);
			flash.addFlashAttribute("success", posts.message("enterprise.changes.submitted"));
			return "redirect:/enterprise/changes";
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems().forEach(p -> errors.putIfAbsent(p.field(), posts.message(p.messageKey(), p.args())));
			if (capital == null && registeredCapital != null && !registeredCapital.isBlank()) {
				errors.put("registeredCapital", posts.message("enterprise.capital.invalid"));
			}
			return form(me, model, data, errors);
		}
		catch (PlatformException ex) {
			if (ex.field() != null) {
				// a file of the wrong kind or too large: beside its own field, the typed data kept
				return form(me, model, data, Map.of(ex.field(), posts.message(ex.messageKey(), ex.args())));
			}
			model.addAttribute("failure", posts.message(ex.messageKey(), ex.args()));
			return form(me, model, data, Map.of());
		}
	}

	@PostMapping("/enterprise/changes/{id}/rectification")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String rectify(@PathVariable long id, @RequestParam(required = false) MultipartFile changeProof,
			@RequestParam(required = false) MultipartFile licence, PlatformPrincipal me, RedirectAttributes flash) {
		return posts.runBesideFields(flash, "/enterprise/changes", posts.message("enterprise.changes.resubmitted"),
				RECTIFICATION_FORM, "changeProof", Map.of(), () -> changes.rectify(id, changeProof, licence, me));
	}

	@GetMapping("/admin/enterprise-changes")
	@PreAuthorize("hasRole('ADMIN')")
	String forReview(ListParams list, PlatformPrincipal me, Model model, HttpServletRequest request) {
		var page = changes.forReview(me, list.page(EnterpriseChangeManagement.SORT, request));
		model.addAttribute("page", page);
		model.addAttribute("changes", page.getContent());
		model.addAttribute("names", names(page.getContent()));
		return "enterprise/admin-changes";
	}

	@GetMapping("/admin/enterprise-changes/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String review(@PathVariable long id, PlatformPrincipal me, Model model) {
		ChangeView change = changes.get(id, me);
		model.addAttribute("change", change);
		model.addAttribute("enterprise", enterprises.get(change.enterpriseId()));
		model.addAttribute("waiting", change.status() == ChangeStatus.SUBMITTED);
		return "enterprise/admin-change";
	}

	@PostMapping("/admin/enterprise-changes/{id}/{action:pass|fail}")
	@PreAuthorize("hasRole('ADMIN')")
	String decide(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) String opinion, PlatformPrincipal me, RedirectAttributes flash) {
		boolean pass = "pass".equals(action);
		String back = "/admin/enterprise-changes/" + id;
		Map<String, String> typed = opinion == null ? Map.of() : Map.of("opinion", opinion);
		return posts.runBesideFields(flash, back,
				posts.message(pass ? "enterprise.changes.passed" : "enterprise.changes.failed"), DECISION_FORM, null, typed,
				() -> {
			if (pass) {
				changes.pass(id, opinion, me);
			}
			else {
				changes.fail(id, opinion, me);
			}
		});
	}

	private String form(PlatformPrincipal me, Model model, ChangeData data, Map<String, String> errors) {
		var enterprise = enterprises.get(me.requireEnterpriseId());
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("data", data);
		model.addAttribute("errors", errors);
		model.addAttribute("unitTypes", unitTypes.offeredWith(enterprise.unitType()));
		var mine = changes.mine(me);
		model.addAttribute("changes", mine);
		model.addAttribute("open", mine.stream().anyMatch(c -> c.status() != ChangeStatus.PASSED));
		return "enterprise/changes";
	}

	private Map<Long, String> names(java.util.List<ChangeView> list) {
		Map<Long, String> names = new LinkedHashMap<>();
		list.forEach(c -> names.computeIfAbsent(c.enterpriseId(),
				id -> enterprises.find(id).map(EnterpriseView::name).orElse("#" + id)));
		return names;
	}

	private static BigDecimal decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
