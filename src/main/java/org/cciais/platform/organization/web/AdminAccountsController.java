package org.cciais.platform.organization.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.organization.OrganizationAccounts;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.Organizations;
import org.cciais.platform.organization.StaffAccount;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.FormErrors;
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

/**
 * 账号管理: every account, searchable (the association finds a forgotten login name by the enterprise's name,
 * manual 3.1.3); opening accounts for organisations, experts and administrators; resetting a password.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAccountsController {

	public static class AccountForm {

		private Role role = Role.REVIEWER;
		private Long organizationId;
		private String username;
		private String displayName;
		private String email;
		private String password;

		StaffAccount toCommand() {
			return new StaffAccount(role, username, password, organizationId, displayName, email);
		}

		public Role getRole() {
			return role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

		public Long getOrganizationId() {
			return organizationId;
		}

		public void setOrganizationId(Long organizationId) {
			this.organizationId = organizationId;
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}
	}

	private final AccountManagement accounts;
	private final OrganizationAccounts staff;
	private final Organizations organizations;

	AdminAccountsController(AccountManagement accounts, OrganizationAccounts staff, Organizations organizations) {
		this.accounts = accounts;
		this.staff = staff;
		this.organizations = organizations;
	}

	@InitBinder("form")
	void allowed(WebDataBinder binder) {
		binder.setAllowedFields("role", "organizationId", "username", "displayName", "email", "password");
	}

	@GetMapping("/admin/accounts")
	String page(@RequestParam(required = false) Role role, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("form", new AccountForm());
		return show(role, q, model);
	}

	@PostMapping("/admin/accounts")
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, PlatformPrincipal me, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				AccountView created = staff.create(form.toCommand(), me);
				redirect.addFlashAttribute("success", "已创建账号 " + created.username() + "。");
				return "redirect:/admin/accounts";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		form.setPassword(null);
		return show(null, null, model);
	}

	@PostMapping("/admin/accounts/{username}/password-reset")
	String reset(@PathVariable String username, PlatformPrincipal me, RedirectAttributes redirect) {
		try {
			String temporary = staff.resetPassword(username, me);
			redirect.addFlashAttribute("resetUsername", username);
			redirect.addFlashAttribute("temporaryPassword", temporary);
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("failure", "账号 " + username + " 不存在。");
		}
		return "redirect:/admin/accounts";
	}

	private String show(Role role, String q, Model model) {
		List<OrganizationView> all = organizations.all();
		Map<Long, String> organizationNames = all.stream()
			.collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
		String needle = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		model.addAttribute("accounts", (role == null ? accounts.findAll() : accounts.findByRole(role)).stream()
			.filter(a -> needle.isEmpty() || a.username().toLowerCase(Locale.ROOT).contains(needle)
					|| (a.displayName() != null && a.displayName().toLowerCase(Locale.ROOT).contains(needle)))
			.toList());
		model.addAttribute("organizationNames", organizationNames);
		model.addAttribute("organizations", all);
		model.addAttribute("creatableRoles", OrganizationAccounts.CREATABLE.stream().sorted().toList());
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("role", role);
		model.addAttribute("q", q);
		return "admin/accounts";
	}
}
