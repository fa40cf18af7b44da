package org.cciais.platform.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.shared.web.ExcelExport;
import org.cciais.platform.statistics.StatisticsReport.Group;
import org.cciais.platform.statistics.StatisticsReport.StatusGroup;

/**
 * The report as tables with Chinese headers: the same rows under each chart on the page and, one sheet each, in the
 * Excel export. {@code id} names the chart the table belongs to.
 */
public final class StatisticsTables {

	/** One table: chart id, title (also the sheet name), headers and rows of cells (text or numbers). */
	public record Table(String id, String title, List<String> headers, List<List<Object>> rows) {
	}

	private StatisticsTables() {
	}

	public static List<Table> of(StatisticsReport r) {
		List<Table> tables = new ArrayList<>();
		tables.add(groups("applications-stage", "申请按阶段", "阶段", r.applicationsByStage()));
		tables.add(groups("applications-industry", "申请按行业", "行业", r.applicationsByIndustry()));
		tables.add(groups("applications-region", "申请按区域组", "区域组", r.applicationsByRegionGroup()));
		tables.add(groups("applications-month", "申请按月份", "提交月份", r.applicationsByMonth()));
		tables.add(statusGroups("certificates-industry", "证书状态按行业", "行业", r.certificatesByIndustry()));
		tables.add(statusGroups("certificates-level", "证书状态按级别", "级别", r.certificatesByLevel()));
		tables.add(new Table("review-durations", "评审时长按评审机构",
				List.of("评审机构", "完成数", "中位天数", "按时完成数（≤" + r.reviewDeadlineDays() + "天）", "按时完成率"),
				r.reviewDurations()
					.stream()
					.<List<Object>>map(d -> List.of(d.reviewOrgName(), d.finished(), d.medianDays(), d.inTime(),
							percent(d.inTimeShare())))
					.toList()));
		var i = r.inspections();
		tables.add(new Table("inspections-month", "本月年检", List.of("月份", "应年检", "已提交", "未按期年检"),
				List.of(List.of(i.month(), i.due(), i.submitted(), i.missed()))));
		return tables;
	}

	public static List<ExcelExport.Sheet> sheets(StatisticsReport r) {
		return of(r).stream()
			.map(t -> new ExcelExport.Sheet(t.title(), t.headers(), List.<List<?>>copyOf(t.rows())))
			.toList();
	}

	static String percent(double share) {
		return java.math.BigDecimal.valueOf(share * 100).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
	}

	private static Table groups(String id, String title, String keyHeader, List<Group> groups) {
		return new Table(id, title, List.of(keyHeader, "申请数"),
				groups.stream().<List<Object>>map(g -> List.of(g.label(), g.count())).toList());
	}

	private static Table statusGroups(String id, String title, String keyHeader, List<StatusGroup> groups) {
		List<String> headers = new ArrayList<>();
		headers.add(keyHeader);
		for (CertificateStatus s : CertificateStatus.values()) {
			headers.add(s.label());
		}
		headers.add("合计");
		Function<StatusGroup, List<Object>> row = g -> {
			List<Object> cells = new ArrayList<>();
			cells.add(g.label());
			cells.addAll(g.byStatus().values());
			cells.add(g.total());
			return cells;
		};
		return new Table(id, title, headers, groups.stream().map(row).toList());
	}
}
