package org.cciais.platform.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.shared.web.ExcelExport;
import org.cciais.platform.statistics.StatisticsReport.Group;
import org.cciais.platform.statistics.StatisticsReport.StatusGroup;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The report as tables, titles and headers in the reader's language ({@code statistics.table.<id>},
 * {@code statistics.column.*}): the same rows under each chart on the page and, one sheet each, in the Excel export.
 * {@code id} names the chart the table belongs to.
 */
public final class StatisticsTables {

	/** One table: chart id, title (also the sheet name), headers and rows of cells (text or numbers). */
	public record Table(String id, String title, List<String> headers, List<List<Object>> rows) {
	}

	private StatisticsTables() {
	}

	public static List<Table> of(StatisticsReport r, MessageSourceAccessor text) {
		List<Table> tables = new ArrayList<>();
		tables.add(groups("applications-stage", "statistics.column.stage", r.applicationsByStage(), text));
		tables.add(groups("applications-industry", "statistics.column.industry", r.applicationsByIndustry(), text));
		tables.add(groups("applications-region", "statistics.column.regionGroup", r.applicationsByRegionGroup(), text));
		tables.add(groups("applications-month", "statistics.column.month", r.applicationsByMonth(), text));
		tables.add(statusGroups("certificates-industry", "statistics.column.industry", r.certificatesByIndustry(), text));
		tables.add(statusGroups("certificates-level", "statistics.column.level", r.certificatesByLevel(), text));
		tables.add(new Table("review-durations", title("review-durations", text),
				List.of(text.getMessage("statistics.column.reviewOrg"), text.getMessage("statistics.column.finished"),
						text.getMessage("statistics.column.medianDays"),
						text.getMessage("statistics.column.inTime", new Object[] { r.reviewDeadlineDays() }),
						text.getMessage("statistics.column.inTimeShare")),
				r.reviewDurations()
					.stream()
					.<List<Object>>map(d -> List.of(d.reviewOrgName(), d.finished(), d.medianDays(), d.inTime(),
							percent(d.inTimeShare())))
					.toList()));
		var i = r.inspections();
		tables.add(new Table("inspections-month", title("inspections-month", text),
				List.of(text.getMessage("statistics.column.inspectionMonth"), text.getMessage("statistics.column.due"),
						text.getMessage("statistics.column.submitted"), text.getMessage("statistics.column.missed")),
				List.of(List.of(i.month(), i.due(), i.submitted(), i.missed()))));
		return tables;
	}

	public static List<ExcelExport.Sheet> sheets(StatisticsReport r, MessageSourceAccessor text) {
		return of(r, text).stream()
			.map(t -> new ExcelExport.Sheet(t.title(), t.headers(), List.<List<?>>copyOf(t.rows())))
			.toList();
	}

	static String percent(double share) {
		return java.math.BigDecimal.valueOf(share * 100).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
	}

	private static String title(String id, MessageSourceAccessor text) {
		return text.getMessage("statistics.table." + id);
	}

	private static Table groups(String id, String keyHeader, List<Group> groups, MessageSourceAccessor text) {
		return new Table(id, title(id, text),
				List.of(text.getMessage(keyHeader), text.getMessage("statistics.column.applications")),
				groups.stream().<List<Object>>map(g -> List.of(g.label(), g.count())).toList());
	}

	private static Table statusGroups(String id, String keyHeader, List<StatusGroup> groups,
			MessageSourceAccessor text) {
		List<String> headers = new ArrayList<>();
		headers.add(text.getMessage(keyHeader));
		for (CertificateStatus s : CertificateStatus.values()) {
			headers.add(text.getMessage(s));
		}
		headers.add(text.getMessage("statistics.column.total"));
		Function<StatusGroup, List<Object>> row = g -> {
			List<Object> cells = new ArrayList<>();
			cells.add(g.label());
			cells.addAll(g.byStatus().values());
			cells.add(g.total());
			return cells;
		};
		return new Table(id, title(id, text), headers, groups.stream().map(row).toList());
	}
}
