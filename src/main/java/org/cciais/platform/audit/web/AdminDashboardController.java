package org.cciais.platform.audit.web;

import java.time.Instant;
import java.util.Map;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.audit.internal.DashboardStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 管理首页: the association's overview and the latest audit entries (the log itself: {@link AdminAuditController}). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminDashboardController {

	private final DashboardStatistics statistics;
	private final AuditQueries audit;
	private final AuditLabels labels;
	private final java.time.Clock clock;

	AdminDashboardController(DashboardStatistics statistics, AuditQueries audit, AuditLabels labels,
			java.time.Clock clock) {
		this.statistics = statistics;
		this.audit = audit;
		this.labels = labels;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("enterprises", statistics.count("select count(*) from enterprises"));
		model.addAttribute("enterprisesWithoutApplication",
				statistics.count("select count(*) from enterprises where first_application_at is null"));
		Map<String, Long> organizations = statistics
			.grouped("select type, count(*) from organizations group by type order by type desc");
		model.addAttribute("organizations", organizations);
		model.addAttribute("organizationsTotal", total(organizations));
		Map<String, Long> accounts = statistics.grouped("select role, count(*) from accounts group by role");
		model.addAttribute("accountsByRole", accounts);
		model.addAttribute("accounts", total(accounts));
		Map<String, Long> certificates = statistics
			.grouped("select status, count(*) from certificates group by status order by status desc");
		model.addAttribute("certificates", certificates);
		model.addAttribute("certificatesTotal", total(certificates));
		model.addAttribute("notices", statistics.count("select count(*) from notices"));
		model.addAttribute("recent", labels.rows(audit.search(null, null, null, null, 10)));
		model.addAttribute("now", Instant.now(clock));
		return "admin/dashboard";
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}
}
