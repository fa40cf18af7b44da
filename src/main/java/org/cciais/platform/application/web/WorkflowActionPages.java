package org.cciais.platform.application.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.cciais.platform.application.ActionRequest;
import org.cciais.platform.application.ApplicationManagement;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of every role's detail page post here: {@code action} names a {@link WorkflowAction}; the service
 * checks role, party, state and inputs exactly as for the API. Back to the caller's page of the case with a
 * message either way.
 */
@Controller
class WorkflowActionPages {

	private final ApplicationManagement management;
	private final PageSupport pages;

	WorkflowActionPages(ApplicationManagement management, PageSupport pages) {
		this.management = management;
		this.pages = pages;
	}

	@PostMapping("/workflow/applications/{id}/actions")
	String act(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String opinion,
			@RequestParam(required = false) Long reviewerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsiteDate,
			@RequestParam(name = "report", required = false) MultipartFile report,
			@RequestParam(name = "formId", required = false) String formId, PlatformPrincipal me,
			RedirectAttributes flash) {
		Object label = WorkflowAction.byCode(action).<Object>map(a -> a).orElse(action);
		Map<String, String> typed = new HashMap<>();
		if (opinion != null) {
			typed.put("opinion", opinion);
		}
		return pages.run(flash, PageSupport.detailPath(me, id), pages.message("application.action.done", label),
				formId == null || formId.isBlank() ? null : formId, "report", typed,
				() -> management.act(id, action, new ActionRequest(opinion, reviewerId, onsiteDate, null), report, me));
	}
}
