package org.cciais.platform.statistics.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ExcelExport;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.statistics.StatisticsQueries;
import org.cciais.platform.statistics.StatisticsReport;
import org.cciais.platform.statistics.StatisticsTables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.ObjectMapper;

/** 数据统计 page: charts (ECharts, static/js/statistics.js) with their tables, a date range in the URL, Excel. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminStatisticsController {

	private final StatisticsQueries statistics;
	private final ObjectMapper json;
	private final MessageSource messages;
	private final MessageSourceAccessor text;
	private final ApplicationEventPublisher events;

	AdminStatisticsController(StatisticsQueries statistics, ObjectMapper json, MessageSource messages,
			ApplicationEventPublisher events) {
		this.statistics = statistics;
		this.json = json;
		this.messages = messages;
		this.text = new MessageSourceAccessor(messages);
		this.events = events;
	}

	@GetMapping("/admin/statistics")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model) {
		StatisticsQueries.Range range;
		try {
			range = statistics.range(from, to);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("rangeField", ex.problems().get(0).field());
			model.addAttribute("rangeError", messages.getMessage(ex.problems().get(0).messageKey(),
					ex.problems().get(0).args(), LocaleContextHolder.getLocale()));
			range = statistics.range(null, null);
		}
		StatisticsReport report = statistics.report(range);
		model.addAttribute("fromValue", from == null ? range.from().toString() : from);
		model.addAttribute("toValue", to == null ? range.to().toString() : to);
		model.addAttribute("report", report);
		model.addAttribute("tables", StatisticsTables.of(report, text));
		model.addAttribute("reportJson", json.writeValueAsString(report));
		model.addAttribute("chartLabelsJson", json.writeValueAsString(chartLabels(report)));
		return "admin/statistics";
	}

	@GetMapping("/admin/statistics/export")
	void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			PlatformPrincipal me, HttpServletResponse response) throws IOException {
		StatisticsQueries.Range range = statistics.range(from, to);
		StatisticsReport report = statistics.report(range);
		events.publishEvent(AuditRecord.of(me, "statistics.export", "statistics", range.from() + "~" + range.to(),
				text.getMessage("statistics.export.audit", new Object[] { range.from(), range.to() })));
		List<ExcelExport.Sheet> sheets = StatisticsTables.sheets(report, text);
		ExcelExport.write(response, text.getMessage("statistics.export.file", new Object[] { statistics.today() }),
				sheets);
	}

	/** The words static/js/statistics.js writes into the charts, in the reader's language. */
	private Map<String, Object> chartLabels(StatisticsReport report) {
		Map<String, String> statuses = new LinkedHashMap<>();
		for (CertificateStatus s : CertificateStatus.values()) {
			statuses.put(s.name(), text.getMessage(s));
		}
		Map<String, Object> labels = new LinkedHashMap<>();
		labels.put("statuses", statuses);
		labels.put("days", text.getMessage("statistics.chart.days"));
		labels.put("medianDays", text.getMessage("statistics.column.medianDays"));
		labels.put("deadline", text.getMessage("statistics.chart.deadline", new Object[] { report.reviewDeadlineDays() }));
		labels.put("due", text.getMessage("statistics.column.due"));
		labels.put("submitted", text.getMessage("statistics.column.submitted"));
		labels.put("missed", text.getMessage("statistics.column.missed"));
		return labels;
	}
}
