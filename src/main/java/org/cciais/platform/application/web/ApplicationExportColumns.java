package org.cciais.platform.application.web;

import java.util.List;

import org.cciais.platform.application.ApplicationRow;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.ExcelExport;

import static org.cciais.platform.shared.web.ExcelExport.column;

/**
 * The columns of an exported list of applications (资质申请总览 and every workbench, page and API): codes as their
 * Chinese labels, times as Excel dates, one {@link ApplicationRow} a line. The applicant's credit code is only in the
 * association's and the review organisation's file; for the other roles that cell stays empty.
 */
public final class ApplicationExportColumns {

	private static final List<ExcelExport.Column<ApplicationRow>> COLUMNS = List.of(
			column("export.column.id", ApplicationRow::id),
			column("export.column.application.enterprise", ApplicationRow::enterpriseName),
			column("export.column.application.creditCode", ApplicationRow::creditCode),
			column("export.column.application.region", ApplicationRow::regionName),
			column("export.column.application.industry", ApplicationRow::industryName),
			column("export.column.application.level", ApplicationRow::levelName),
			column("export.column.application.kind", ApplicationRow::kindName),
			column("export.column.application.status", ApplicationRow::statusName),
			column("export.column.application.reviewOrg", ApplicationRow::reviewOrgName),
			column("export.column.application.consultingOrg", ApplicationRow::consultingOrgName),
			column("export.column.application.reviewer", ApplicationRow::reviewerName),
			column("export.column.application.submittedAt", ApplicationRow::submittedAt),
			column("export.column.application.acceptedAt", ApplicationRow::acceptedAt),
			column("export.column.application.materialsDueAt", ApplicationRow::materialsDueAt),
			column("export.column.application.onsiteDate", ApplicationRow::onsiteDate),
			column("export.column.application.closedAt", ApplicationRow::closedAt),
			column("export.column.application.updatedAt", ApplicationRow::updatedAt));

	private ApplicationExportColumns() {
	}

	public static List<ExcelExport.Column<ApplicationRow>> columns() {
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
}
