package org.cciais.platform.enterprise.web;

import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.enterprise.EnterpriseProfileManagement;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 企业信息修改 (manual 5.1, figure 26): contacts and 公司简介 are editable; the registration fields of the 副本
 * are shown but cannot be changed.
 */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class ProfileController {

	private final EnterpriseQueries enterprises;
	private final EnterpriseProfileManagement profile;
	private final CatalogQueries catalog;
	private final MessageSource messages;

	ProfileController(EnterpriseQueries enterprises, EnterpriseProfileManagement profile, CatalogQueries catalog, MessageSource messages) {
		this.messages = messages;
		this.enterprises = enterprises;
		this.profile = profile;
		this.catalog = catalog;
	}

	@InitBinder("form")
	void allowed(WebDataBinder binder) {
		// Only the contacts bind: a forged "name" or "creditCode" parameter never reaches the service.
		binder.setAllowedFields(EnterpriseProfileManagement.EDITABLE.keySet().toArray(String[]::new));
	}

	@GetMapping("/enterprise/profile")
	String page(PlatformPrincipal me, Model model) {
		EnterpriseView enterprise = enterprises.get(me.requireEnterpriseId());
		model.addAttribute("form", ContactsForm.of(enterprise));
		return show(enterprise, model);
	}

	@PostMapping("/enterprise/profile")
	String save(PlatformPrincipal me, @ModelAttribute("form") ContactsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			profile.update(me.requireEnterpriseId(), form.toChanges(), me);
			redirect.addFlashAttribute("success", messages.getMessage("enterprise.profile.saved", null,
					LocaleContextHolder.getLocale()));
			return "redirect:/enterprise/profile";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return show(enterprises.get(me.requireEnterpriseId()), model);
		}
	}

	private String show(EnterpriseView enterprise, Model model) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("regionName", catalog.region(enterprise.regionCode())
			.map(r -> r.name() + "（" + catalog.regionGroup(r.group()).map(CatalogQueries.RegionGroup::name).orElse("")
					+ "）")
			.orElse(enterprise.regionCode()));
		return "enterprise/profile";
	}
}
