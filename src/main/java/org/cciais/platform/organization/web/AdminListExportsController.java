package org.cciais.platform.organization.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.account.AccountAdministration;
import org.cciais.platform.account.AccountStatus;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.ListExports;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 导出 Excel links of 用户管理 and 机构管理: every account the page's search keeps, every organisation, in the
 * page's sort (kept apart from the pages' controllers, which change for other reasons).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminListExportsController {

	private final AccountAdministration administration;
	private final OrganizationQueries organizations;
	private final AdminListColumns columns;
	private final ListExports exports;

	AdminListExportsController(AccountAdministration administration, OrganizationQueries organizations,
			AdminListColumns columns, ListExports exports) {
		this.administration = administration;
		this.organizations = organizations;
		this.columns = columns;
		this.exports = exports;
	}

	@GetMapping(path = "/admin/accounts", params = ListExports.PARAM)
	void accounts(@RequestParam(required = false) Role role, @RequestParam(required = false) AccountStatus status,
			@RequestParam(required = false) String q, ListParams list, PlatformPrincipal me, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		exports.write("accounts", list, AccountAdministration.SORT, p -> administration.search(role, status, q, p),
				columns.accounts(), me, request, response);
	}

	@GetMapping(path = "/admin/organizations", params = ListExports.PARAM)
	void organizations(ListParams list, PlatformPrincipal me, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		exports.write("organizations", list, OrganizationQueries.SORT, p -> organizations.list(null, p),
				columns.organizations(), me, request, response);
	}
}
