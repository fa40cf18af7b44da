package org.cciais.platform.audit.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.audit.AuditFilter;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.DateRanges;
import org.cciais.platform.shared.web.ListExports;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String action, @RequestParam(required = false) String objectType,
			@RequestParam(required = false) String objectId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, ListParams list, Model model, HttpServletRequest request) {
		Pageable pageable = list.page(AuditQueries.SORT, request);
		Map<String, String> errors = new LinkedHashMap<>();
		AuditFilter filter = new AuditFilter(actor, role, action, objectType, objectId,
				checked(errors, () -> DateRanges.from(from)), checked(errors, () -> DateRanges.to(to)));
		Page<AuditQueries.Entry> page = errors.isEmpty() ? audit.page(filter, pageable) : Page.empty(pageable);
		model.addAttribute("page", page);
		model.addAttribute("entries", labels.rows(page.getContent()));
		model.addAttribute("errors", errors);
		model.addAttribute("actor", actor);
		model.addAttribute("role", role == null ? null : role.name());
		model.addAttribute("action", action);
		model.addAttribute("objectType", objectType);
		model.addAttribute("objectId", objectId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("roleOptions", labels.roleOptions());
		model.addAttribute("actionOptions", labels.actionOptions());
		model.addAttribute("objectTypeOptions", labels.objectTypeOptions());
		return "admin/audit";
	}

	@GetMapping(path = "/admin/audit", params = ListExports.PARAM)
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String action, @RequestParam(required = false) String objectType,
			@RequestParam(required = false) String objectId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		AuditFilter filter = new AuditFilter(actor, role, action, objectType, objectId, DateRanges.from(from),
				DateRanges.to(to));
		exports.write("audit", list, AuditQueries.SORT, p -> audit.page(filter, p), labels.exportColumns(), me, request,
				response);
	}

	@GetMapping("/admin/audit/{id}")
	String entry(@PathVariable long id, Model model) {
		AuditQueries.Entry entry = audit.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		model.addAttribute("d", labels.detail(entry));
		return "admin/audit-entry";
	}

	/** The parsed value, or null with the refusal's message kept beside its field. */
	private <T> T checked(Map<String, String> errors, Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (InvalidInputException ex) {
			errors.put(ex.field(), messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
			return null;
		}
	}
}
