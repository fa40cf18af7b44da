package org.cciais.platform.enterprise.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.account.PersonRegistration;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.enterprise.EnterpriseRegistration;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PayloadTooLargeException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.ThrottledException;
import org.cciais.platform.shared.UnsupportedFileException;
import org.cciais.platform.shared.web.ClientAddress;
import org.cciais.platform.shared.web.FormErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 欢迎注册 (figure 2): the 个人用户注册 and 企业用户注册 tabs. A refused form comes back with every message beside
 * its field and the typed values kept (never the passwords, and the licence must be chosen again).
 */
@Controller
class RegistrationController {

	/** Region options of one region group, for an {@code <optgroup>}. */
	record RegionGroupOptions(String name, List<CatalogQueries.Region> regions) {
	}

	private final EnterpriseRegistration enterprises;
	private final PersonRegistration persons;
	private final CatalogQueries catalog;

	RegistrationController(EnterpriseRegistration enterprises, PersonRegistration persons, CatalogQueries catalog) {
		this.enterprises = enterprises;
		this.persons = persons;
		this.catalog = catalog;
	}

	@InitBinder("enterprise")
	void enterpriseFields(WebDataBinder binder) {
		binder.setAllowedFields(RegistrationForms.ENTERPRISE_FIELDS);
	}

	@InitBinder("person")
	void personFields(WebDataBinder binder) {
		binder.setAllowedFields(RegistrationForms.PERSON_FIELDS);
	}

	@GetMapping("/register")
	String page(@RequestParam(required = false) String type, PlatformPrincipal me, Model model) {
		if (me != null) {
			return "redirect:/portal";
		}
		model.addAttribute("enterprise", new RegistrationForms.EnterpriseForm());
		model.addAttribute("person", new RegistrationForms.PersonForm());
		return show(model, "person".equals(type) ? "person" : "enterprise");
	}

	@PostMapping("/register/enterprise")
	String registerEnterprise(@ModelAttribute("enterprise") RegistrationForms.EnterpriseForm form,
			BindingResult result, @RequestParam(value = "file", required = false) MultipartFile licence,
			Model model, HttpServletResponse response) {
		if (!passwordsMatch(form.getPassword(), form.getConfirmPassword())) {
			FormErrors.reject(result, "confirmPassword", "account.password.mismatch");
		}
		try {
			if (result.hasErrors()) {
				// Show every other refusal at once, not one round trip per problem.
				enterprises.check(form.toRegistration(), licence, ClientAddress.current());
			}
			else {
				enterprises.register(form.toRegistration(), licence, ClientAddress.current());
				return "redirect:/login?registered";
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		catch (PayloadTooLargeException | UnsupportedFileException ex) {
			FormErrors.reject(result, "file", ex.messageKey(), ex.args());
		}
		catch (ThrottledException ex) {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		}
		form.forgetPasswords();
		model.addAttribute("person", new RegistrationForms.PersonForm());
		return show(model, "enterprise");
	}

	@PostMapping("/register/person")
	String registerPerson(@ModelAttribute("person") RegistrationForms.PersonForm form, BindingResult result,
			Model model) {
		if (!passwordsMatch(form.getPassword(), form.getConfirmPassword())) {
			FormErrors.reject(result, "confirmPassword", "account.password.mismatch");
		}
		try {
			if (result.hasErrors()) {
				persons.check(form.toRegistration());
			}
			else {
				persons.register(form.toRegistration());
				return "redirect:/login?registered";
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		form.forgetPasswords();
		model.addAttribute("enterprise", new RegistrationForms.EnterpriseForm());
		return show(model, "person");
	}

	private static boolean passwordsMatch(String password, String confirmation) {
		return password == null || password.isEmpty() || password.equals(confirmation);
	}

	private String show(Model model, String tab) {
		List<CatalogQueries.Region> regions = catalog.regions();
		model.addAttribute("regionGroups", catalog.regionGroups()
			.stream()
			.map(g -> new RegionGroupOptions(g.name(),
					regions.stream().filter(r -> r.group().equals(g.code())).toList()))
			.filter(g -> !g.regions().isEmpty())
			.toList());
		model.addAttribute("unitTypes", catalog.unitTypes());
		model.addAttribute("tab", tab);
		return "enterprise/register";
	}
}
