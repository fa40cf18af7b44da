package org.cciais.platform.organization.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.account.AccountAdministration;
import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountStatus;
import org.cciais.platform.account.AccountSummary;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.organization.OrganizationAccountManagement;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.organization.StaffAccount;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.FormErrors;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

	public static class EditForm {

		private Long organizationId;
		private String displayName;
		private String phone;
		private String email;

		static EditForm of(AccountSummary a) {
			EditForm form = new EditForm();
			form.organizationId = a.organizationId();
			form.displayName = a.displayName();
			form.phone = a.phone();
			form.email = a.email();
			return form;
		}

		public Long getOrganizationId() {
			return organizationId;
		}

		public void setOrganizationId(Long organizationId) {
			this.organizationId = organizationId;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}
	}

	private final AccountAdministration administration;
	private final OrganizationAccountManagement staff;
	private final OrganizationQueries organizations;
	private final MessageSource messages;

	AdminAccountsController(AccountAdministration administration, OrganizationAccountManagement staff,
			OrganizationQueries organizations, MessageSource messages) {
		this.administration = administration;
		this.staff = staff;
		this.organizations = organizations;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowed(WebDataBinder binder) {
		binder.setAllowedFields("role", "organizationId", "username", "displayName", "email", "password");
	}

	@InitBinder("edit")
	void allowedEdit(WebDataBinder binder) {
		binder.setAllowedFields("organizationId", "displayName", "phone", "email");
	}

	@GetMapping("/admin/accounts")
	String page(@RequestParam(required = false) Role role, @RequestParam(required = false) AccountStatus status,
			@RequestParam(required = false) String q, ListParams list, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("form", new AccountForm());
		return show(role, status, q, list.page(AccountAdministration.SORT, request), model);
	}

	@GetMapping("/admin/accounts/{username}/edit")
	String edit(@PathVariable String username, Model model) {
		AccountSummary account = administration.get(username);
		if (!AccountAdministration.STAFF.contains(account.role())) {
			throw new NotFoundException("error.notFound");
		}
		model.addAttribute("edit", EditForm.of(account));
		return showEdit(account, model);
	}

	@PostMapping("/admin/accounts/{username}/edit")
	String saveEdit(@PathVariable String username, @ModelAttribute("edit") EditForm edit, BindingResult result,
			PlatformPrincipal me, Model model, RedirectAttributes redirect) {
		AccountSummary account = administration.get(username);
		if (!result.hasErrors()) {
			try {
				staff.updateStaff(username, edit.getOrganizationId(), edit.getDisplayName(), edit.getPhone(),
						edit.getEmail(), me);
				redirect.addFlashAttribute("success", text("admin.accounts.saved", username));
				return "redirect:/admin/accounts?q=" + username;
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey());
			}
		}
		return showEdit(account, model);
	}

	@PostMapping("/admin/accounts/{username}/disable")
	String disable(@PathVariable String username, PlatformPrincipal me, RedirectAttributes redirect) {
		return status(username, redirect, text("admin.accounts.disabled", username),
				() -> administration.disable(username, me));
	}

	@PostMapping("/admin/accounts/{username}/enable")
	String enable(@PathVariable String username, PlatformPrincipal me, RedirectAttributes redirect) {
		return status(username, redirect, text("admin.accounts.enabled", username), () -> administration.enable(username, me));
	}

	@PostMapping("/admin/accounts/{username}/unlock")
	String unlock(@PathVariable String username, PlatformPrincipal me, RedirectAttributes redirect) {
		return status(username, redirect, text("admin.accounts.unlocked", username), () -> administration.unlock(username, me));
	}

	private String status(String username, RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("failure", text("admin.accounts.notFound", username));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure",
					messages.getMessage(ex.messageKey(), null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/accounts?q=" + username;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private String showEdit(AccountSummary account, Model model) {
		OrganizationType type = OrganizationAccountManagement.requiredType(account.role());
		model.addAttribute("account", account);
		model.addAttribute("organizations", type == null ? List.of() : organizations.ofType(type));
		model.addAttribute("needsOrganization", type != null);
		return "admin/account-edit";
	}

	@PostMapping("/admin/accounts")
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, PlatformPrincipal me, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				AccountView created = staff.create(form.toCommand(), me);
				redirect.addFlashAttribute("success", text("admin.accounts.created", created.username()));
				return "redirect:/admin/accounts";
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		form.setPassword(null);
		return show(null, null, null,
				PageRequest.of(0, ListParams.PAGE_DEFAULT_SIZE, AccountAdministration.SORT.resolve(null)), model);
	}

	@PostMapping("/admin/accounts/{username}/password-reset")
	String reset(@PathVariable String username, PlatformPrincipal me, RedirectAttributes redirect) {
		try {
			String temporary = staff.resetPassword(username, me);
			redirect.addFlashAttribute("resetUsername", username);
			redirect.addFlashAttribute("temporaryPassword", temporary);
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("failure", text("admin.accounts.notFound", username));
		}
		return "redirect:/admin/accounts";
	}

	private String show(Role role, AccountStatus status, String q, Pageable pageable, Model model) {
		List<OrganizationView> all = organizations.all();
		Map<Long, String> organizationNames = all.stream()
			.collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
		var page = administration.search(role, status, q, pageable);
		model.addAttribute("accounts", page);
		model.addAttribute("page", page);
		model.addAttribute("organizationNames", organizationNames);
		model.addAttribute("organizations", all);
		model.addAttribute("creatableRoles", OrganizationAccountManagement.CREATABLE.stream().sorted().toList());
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("allStatuses", AccountStatus.values());
		model.addAttribute("staffRoles", AccountAdministration.STAFF);
		model.addAttribute("role", role);
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		return "admin/accounts";
	}
}
