package org.cciais.platform.organization.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.account.AccountSummary;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.organization.OrganizationAccountManagement;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.web.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import static org.cciais.platform.shared.web.ExcelExport.column;

/**
 * The columns of the exported 用户管理 and 机构管理 lists (page and API): roles, states, types and region groups as
 * their labels in the reader's language, times as Excel dates.
 */
@Component
public class AdminListColumns {

	private final OrganizationQueries organizations;
	private final OrganizationAccountManagement staff;
	private final CatalogQueries catalog;
	private final MessageSource messages;

	AdminListColumns(OrganizationQueries organizations, OrganizationAccountManagement staff, CatalogQueries catalog,
			MessageSource messages) {
		this.organizations = organizations;
		this.staff = staff;
		this.catalog = catalog;
		this.messages = messages;
	}

	public List<ExcelExport.Column<AccountSummary>> accounts() {
		Map<Long, String> names = organizations.all()
			.stream()
			.collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
		return List.of(column("export.column.account.username", AccountSummary::username),
				column("export.column.account.displayName", AccountSummary::displayName),
				column("export.column.account.role", a -> text("role." + a.role().name())),
				column("export.column.account.organization",
						a -> a.organizationId() == null ? null : names.get(a.organizationId())),
				column("export.column.account.phone", AccountSummary::phone),
				column("export.column.account.email", AccountSummary::email),
				column("export.column.account.status", a -> text("account.status." + a.status().name())),
				column("export.column.account.lockedUntil", AccountSummary::lockedUntil),
				column("export.column.account.createdAt", AccountSummary::createdAt));
	}

	public List<ExcelExport.Column<OrganizationView>> organizations() {
		Map<String, String> groups = catalog.regionGroups()
			.stream()
			.collect(Collectors.toMap(CatalogQueries.RegionGroup::code, CatalogQueries.RegionGroup::name));
		String separator = text("admin.listSeparator");
		return List.of(column("export.column.id", OrganizationView::id),
				column("export.column.organization.name", OrganizationView::name),
				column("export.column.organization.type", o -> text(o.type().messageKey())),
				column("export.column.organization.regionGroups",
						o -> o.regionGroups().stream().map(g -> groups.getOrDefault(g, g)).collect(Collectors.joining(separator))),
				column("export.column.organization.accounts", o -> staff.staffOf(o.id()).size()));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
