package org.cciais.platform.organization.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.account.AccountAdministration;
import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.organization.OrganizationAccountManagement;
import org.cciais.platform.organization.OrganizationManagement;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.organization.StaffAccount;
import org.cciais.platform.organization.web.AdminListColumns;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.ExcelExport;
import org.cciais.platform.shared.web.ListExports;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The association's administration of organisations and accounts (API.md "Administration"); both lists also as
 * .xlsx, asked with {@code Accept: }{@value ExcelExport#CONTENT_TYPE}.
 */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminApiController {

	record NewOrganization(OrganizationType type, String name, List<String> regionGroups) {
	}

	record Authorisation(List<String> regionGroups) {
	}

	record OrganizationEdit(String name, List<String> regionGroups, Long version) {
	}

	record Created(long id) {
	}

	record TemporaryPassword(String temporaryPassword) {
	}

	private final OrganizationQueries organizations;
	private final OrganizationManagement management;
	private final OrganizationAccountManagement staff;
	private final AccountManagement accounts;
	private final AccountAdministration administration;
	private final AdminListColumns columns;
	private final ListExports exports;

	AdminApiController(OrganizationQueries organizations, OrganizationManagement management,
			OrganizationAccountManagement staff, AccountManagement accounts, AccountAdministration administration,
			AdminListColumns columns, ListExports exports) {
		this.management = management;
		this.administration = administration;
		this.columns = columns;
		this.exports = exports;
		this.organizations = organizations;
		this.staff = staff;
		this.accounts = accounts;
	}

	/** {@code {type, name, regionGroups:[…]}} → 201 {@code {id}}. */
	@PostMapping("/organizations")
	ResponseEntity<Created> createOrganization(@RequestBody NewOrganization body, PlatformPrincipal me) {
		OrganizationView created = management.create(body.type(), body.name(), body.regionGroups(), me);
		return ResponseEntity.created(URI.create("/api/v1/admin/organizations/" + created.id()))
			.body(new Created(created.id()));
	}

	@GetMapping("/organizations")
	ResponseEntity<List<OrganizationView>> organizations(@RequestParam(required = false) OrganizationType type,
			ListParams list, HttpServletRequest request) {
		return ApiPages.of(organizations.list(type, list.api(OrganizationQueries.SORT)), request);
	}

	/** The same list as an .xlsx: every organisation (of the type), in the asked sort. */
	@GetMapping(path = "/organizations", produces = ExcelExport.CONTENT_TYPE)
	void exportOrganizations(@RequestParam(required = false) OrganizationType type, ListParams list,
			PlatformPrincipal me, HttpServletRequest request, HttpServletResponse response) throws IOException {
		exports.write("organizations", list, OrganizationQueries.SORT, p -> organizations.list(type, p),
				columns.organizations(), me, request, response);
	}

	/** Replaces the region groups the organisation is authorised for. */
	@PutMapping("/organizations/{id}/region-groups")
	OrganizationView authorise(@PathVariable long id, @RequestBody Authorisation body, PlatformPrincipal me) {
		return management.authorise(id, body.regionGroups(), me);
	}

	/** 字典管理: {@code {name, regionGroups:[…], version}}; a stale version → 409. */
	@PutMapping("/organizations/{id}")
	OrganizationView editOrganization(@PathVariable long id, @RequestBody OrganizationEdit body, PlatformPrincipal me) {
		return management.edit(id, body.name(), body.regionGroups(), body.version(), me);
	}

	/** {@code {role, username, password, organizationId?, displayName?, email?}} → 201 {@code {id}}. */
	@PostMapping("/accounts")
	ResponseEntity<Created> createAccount(@RequestBody StaffAccount body, PlatformPrincipal me) {
		AccountView created = staff.create(body, me);
		return ResponseEntity.created(URI.create("/api/v1/admin/accounts/" + created.username()))
			.body(new Created(created.id()));
	}

	@GetMapping("/accounts")
	ResponseEntity<List<AccountView>> accounts(@RequestParam(required = false) Role role, ListParams list,
			HttpServletRequest request) {
		return ApiPages.of(accounts.find(role, list.api(AccountManagement.SORT)), request);
	}

	/** The same list as an .xlsx: every account (of the role), in the asked sort, with its state. */
	@GetMapping(path = "/accounts", produces = ExcelExport.CONTENT_TYPE)
	void exportAccounts(@RequestParam(required = false) Role role, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		exports.write("accounts", list, AccountManagement.SORT, p -> administration.search(role, null, null, p),
				columns.accounts(), me, request, response);
	}

	/** The manual's recovery (3.1.3): → 200 {@code {temporaryPassword}}; the user's sessions and tokens end. */
	@PostMapping("/accounts/{username}/password-reset")
	TemporaryPassword resetPassword(@PathVariable String username, PlatformPrincipal me) {
		return new TemporaryPassword(staff.resetPassword(username, me));
	}
}
