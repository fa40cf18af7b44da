package org.cciais.platform.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.shared.JobRun;
import org.cciais.platform.shared.JobView;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.ScheduledJobs;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 定时任务 for ADMIN: the jobs, their run log, and running one now. */
@RestController
@RequestMapping("/api/v1/admin/jobs")
@PreAuthorize("hasRole('ADMIN')")
class AdminJobsApiController {

	private final ScheduledJobs jobs;

	AdminJobsApiController(ScheduledJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	List<JobView> jobs() {
		return jobs.list();
	}

	@GetMapping("/{name}")
	JobView job(@PathVariable String name) {
		return jobs.find(name).orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	@GetMapping("/{name}/runs")
	ResponseEntity<List<JobRun>> runs(@PathVariable String name, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
		return ApiPages.of(jobs.runs(name, page, size), request);
	}

	@PostMapping("/{name}/run")
	JobRun run(@PathVariable String name, PlatformPrincipal me) {
		return jobs.runNow(name, me);
	}
}
