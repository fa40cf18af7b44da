package org.cciais.platform.audit.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.audit.AuditFilter;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FilterErrors;
import org.cciais.platform.shared.web.ListExports;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 操作日志: the audit log searched by person, role, action, object and date range, paged and sorted in the database,
 * one entry in full, and the whole selection as an Excel file.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

	private final AuditQueries audit;
	private final AuditLabels labels;
	private final ListExports exports;
	private final MessageSource messages;

	AdminAuditController(AuditQueries audit, AuditLabels labels, ListExports exports, MessageSource messages) {
		this.audit = audit;
		this.labels = labels;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String list(@ModelAttribute("search") AuditSearchParams search, ListParams list, Model model,
			HttpServletRequest request) {
		Pageable pageable = list.page(AuditQueries.SORT, request);
		FilterErrors errors = new FilterErrors(messages);
		AuditFilter filter = search.filter(errors);
		Page<AuditQueries.Entry> page = errors.isEmpty() ? audit.page(filter, pageable) : Page.empty(pageable);
		model.addAttribute("page", page);
		model.addAttribute("entries", labels.rows(page.getContent()));
		model.addAttribute("errors", errors.byField());
		model.addAttribute("roleOptions", labels.roleOptions());
		model.addAttribute("actionOptions", labels.actionOptions());
		model.addAttribute("objectTypeOptions", labels.objectTypeOptions());
		return "admin/audit";
	}

	@GetMapping(path = "/admin/audit", params = ListExports.PARAM)
	void export(@ModelAttribute("search") AuditSearchParams search, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		AuditFilter filter = search.filter();
		exports.write("audit", list, AuditQueries.SORT, p -> audit.page(filter, p), labels.exportColumns(), me, request,
				response);
	}

	@GetMapping("/admin/audit/{id}")
	String entry(@PathVariable long id, Model model) {
		AuditQueries.Entry entry = audit.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		model.addAttribute("d", labels.detail(entry));
		return "admin/audit-entry";
	}
}
