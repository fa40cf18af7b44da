package org.cciais.platform.application.web;

import java.time.Instant;
import java.util.List;

import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.ExcelExport;

import static org.cciais.platform.shared.web.ExcelExport.column;

/**
 * The columns of an exported list of applications (资质申请总览 and every workbench, page and API): codes as their
 * Chinese labels, times as Excel dates. The applicant's registration data is only in the association's and the
 * review organisation's view; for the other roles those cells stay empty.
 */
public final class ApplicationExportColumns {

	private static final List<ExcelExport.Column<ApplicationView>> COLUMNS = List.of(
			column("export.column.id", ApplicationView::id),
			column("export.column.application.enterprise", ApplicationView::enterpriseName),
			column("export.column.application.creditCode",
					a -> a.enterprise() == null ? null : a.enterprise().creditCode()),
			column("export.column.application.region",
					a -> a.enterprise() == null ? a.regionCode() : a.enterprise().regionName()),
			column("export.column.application.industry", ApplicationView::industryName),
			column("export.column.application.level", ApplicationView::levelName),
			column("export.column.application.kind", ApplicationView::kindName),
			column("export.column.application.status", ApplicationView::statusName),
			column("export.column.application.reviewOrg", a -> a.reviewOrg() == null ? null : a.reviewOrg().name()),
			column("export.column.application.consultingOrg",
					a -> a.consultingOrg() == null ? null : a.consultingOrg().name()),
			column("export.column.application.reviewer", a -> a.reviewer() == null ? null : a.reviewer().name()),
			column("export.column.application.submittedAt", ApplicationView::submittedAt),
			column("export.column.application.acceptedAt", ApplicationView::acceptedAt),
			column("export.column.application.materialsDueAt", ApplicationView::materialsDueAt),
			column("export.column.application.onsiteDate", ApplicationView::onsiteDate),
			column("export.column.application.closedAt", ApplicationView::closedAt),
			column("export.column.application.updatedAt", ApplicationExportColumns::updatedAt));

	private ApplicationExportColumns() {
	}

	public static List<ExcelExport.Column<ApplicationView>> columns() {
		return COLUMNS;
	}

	/** The list a role's export is named after ({@code export.list.<key>}): its work list, the association's 资质申请. */
	public static String listKey(Role role) {
		return switch (role) {
			case REVIEW_ORG -> "review-org";
			case REVIEWER -> "reviewer";
			case EXPERT -> "expert";
			case CONSULTANT -> "consultant";
			default -> "applications";
		};
	}

	private static Instant updatedAt(ApplicationView a) {
		return a.history().isEmpty() ? null : a.history().get(a.history().size() - 1).at();
	}
}
