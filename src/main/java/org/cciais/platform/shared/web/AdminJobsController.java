package org.cciais.platform.shared.web;

import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.JobRun;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.ScheduledJobs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 定时任务 pages: the list of jobs, one job's run log, and 立即执行. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminJobsController {

	private final ScheduledJobs jobs;
	private final MessageSource messages;

	AdminJobsController(ScheduledJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/admin/jobs")
	String list(Model model) {
		model.addAttribute("jobs", jobs.list());
		return "admin/jobs";
	}

	@GetMapping("/admin/jobs/{name}")
	String job(@PathVariable String name, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("job", jobs.find(name).orElseThrow(() -> new NotFoundException("error.notFound")));
		model.addAttribute("runs", jobs.runs(name, Math.max(page, 0), 20));
		model.addAttribute("pageBase", PageLinks.base());
		return "admin/job";
	}

	@PostMapping("/admin/jobs/{name}/run")
	String run(@PathVariable String name, PlatformPrincipal me, RedirectAttributes redirect) {
		String title = messages.getMessage("job." + name, null, name, LocaleContextHolder.getLocale());
		try {
			JobRun run = jobs.runNow(name, me);
			if ("SUCCESS".equals(run.result())) {
				redirect.addFlashAttribute("success",
						messages.getMessage("job.run.done", new Object[] { title, run.items() }, LocaleContextHolder.getLocale()));
			}
			else {
				redirect.addFlashAttribute("failure",
						messages.getMessage("job.run.failed", new Object[] { title }, LocaleContextHolder.getLocale()));
			}
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("failure",
					messages.getMessage("job.running", null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/jobs/" + name;
	}
}
