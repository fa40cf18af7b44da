package org.cciais.platform.statistics.web;

import org.cciais.platform.statistics.StatisticsQueries;
import org.cciais.platform.statistics.StatisticsReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 数据统计 as JSON: {@code GET /api/v1/admin/statistics?from=&to=} (ISO dates, both optional). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AdminStatisticsApiController {

	private final StatisticsQueries statistics;

	AdminStatisticsApiController(StatisticsQueries statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/v1/admin/statistics")
	StatisticsReport statistics(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return statistics.report(statistics.range(from, to));
	}
}
