package org.cciais.platform.application.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationFilter;
import org.cciais.platform.application.ApplicationQueries;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.cciais.platform.application.internal.ApplicationWorkflow.Stage;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.organization.ReviewerManagement;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cciais.platform.shared.web.DateRanges;
import org.cciais.platform.shared.web.FilterErrors;
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
 * The workbenches: review organisation (待受理, 评审中, 待确认, 终止复核), reviewer (my document and on-site reviews),
 * expert (final reviews), consultant (applications naming it, read-only) and ADMIN (all, filtered by region,
 * industry, status); each with the shared detail page whose buttons come from the transition table, and each list
 * (the shown tab, or the association's filters) as an Excel file.
 */
@Controller
class WorkbenchPages {

	/** A tab of a work list: the states it shows; its label is a bundle key until the page is drawn. */
	record Tab(String key, String label, Set<ApplicationStatus> statuses, long count) {
	}

	private static final String TAB = "application.workbench.tab.";

	/* The tabs are read from the workflow's tables: the states where the party has a given thing to do, or the
	   states of a stage. */

	private static Set<ApplicationStatus> allowing(WorkflowAction action) {
		return ApplicationWorkflow.statesAllowing(action);
	}

	private static Set<ApplicationStatus> openIn(Stage stage) {
		return ApplicationWorkflow.states(s -> !s.ended() && s.stage() == stage);
	}

	private final ApplicationQueries queries;
	private final AccountManagement accounts;
	private final CatalogQueries catalog;
	private final EnterpriseQueries enterprises;
	private final ReviewerManagement registry;

	private final MessageSource messages;
	private final ListExports exports;

	WorkbenchPages(ApplicationQueries queries, AccountManagement accounts, CatalogQueries catalog, EnterpriseQueries enterprises,
			ReviewerManagement registry, MessageSource messages, ListExports exports) {
		this.messages = messages;
		this.exports = exports;
		this.enterprises = enterprises;
		this.registry = registry;
		this.queries = queries;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	@GetMapping("/review-org/applications")
	@PreAuthorize("hasRole('REVIEW_ORG')")
	String reviewOrg(@RequestParam(defaultValue = "incoming") String tab, ListParams list,
			PlatformPrincipal me, Model model, HttpServletRequest request) {
		return list(me, model, tab, "reviewOrg", reviewOrgTabs(), list, request);
	}

	private static List<Tab> reviewOrgTabs() {
		return List.of(new Tab("incoming", TAB + "incoming", allowing(WorkflowAction.ACCEPT), 0),
				// from acceptance to the end of the on-site review: while a reviewer may be assigned
				new Tab("reviewing", TAB + "reviewing", allowing(WorkflowAction.ASSIGN_REVIEWER), 0),
				new Tab("confirm", TAB + "confirm", allowing(WorkflowAction.ORG_CONFIRM), 0),
				new Tab("termination", TAB + "termination", allowing(WorkflowAction.CONFIRM_TERMINATION), 0),
				new Tab("all", TAB + "all", Set.of(), 0));
	}

	@GetMapping("/reviewer/applications")
	@PreAuthorize("hasRole('REVIEWER')")
	String reviewer(@RequestParam(defaultValue = "doc") String tab, ListParams list,
			PlatformPrincipal me, Model model, HttpServletRequest request) {
		return list(me, model, tab, "reviewer", reviewerTabs(), list, request);
	}

	private static List<Tab> reviewerTabs() {
		return List.of(new Tab("doc", TAB + "doc", openIn(Stage.DOCUMENT_REVIEW), 0),
				new Tab("onsite", TAB + "onsite", openIn(Stage.ONSITE_REVIEW), 0),
				new Tab("all", TAB + "all", Set.of(), 0));
	}

	@GetMapping("/expert/applications")
	@PreAuthorize("hasRole('EXPERT')")
	String expert(@RequestParam(defaultValue = "final") String tab, ListParams list,
			PlatformPrincipal me, Model model, HttpServletRequest request) {
		return list(me, model, tab, "expert", expertTabs(), list, request);
	}

	private static List<Tab> expertTabs() {
		return List.of(new Tab("final", TAB + "final", allowing(WorkflowAction.APPROVE), 0),
				new Tab("done", TAB + "done", ApplicationWorkflow.states(s -> s.ended()
						&& (s.stage() == Stage.FINAL_REVIEW || s.stage() == Stage.COMPLETION)), 0));
	}

	@GetMapping("/consultant/applications")
	@PreAuthorize("hasRole('CONSULTANT')")
	String consultant(@RequestParam(defaultValue = "open") String tab, ListParams list,
			PlatformPrincipal me, Model model, HttpServletRequest request) {
		return list(me, model, tab, "consultant", consultantTabs(), list, request);
	}

	private static List<Tab> consultantTabs() {
		Set<ApplicationStatus> open = EnumSet.noneOf(ApplicationStatus.class);
		Set<ApplicationStatus> closed = EnumSet.noneOf(ApplicationStatus.class);
		for (ApplicationStatus s : ApplicationStatus.values()) {
			(s.isClosed() ? closed : open).add(s);
		}
		return List.of(new Tab("open", TAB + "open", open, 0), new Tab("closed", TAB + "closed", closed, 0),
				new Tab("all", TAB + "all", Set.of(), 0));
	}

	@GetMapping("/admin/applications")
	@PreAuthorize("hasRole('ADMIN')")
	String admin(@RequestParam(required = false) String region, @RequestParam(required = false) Industry industry,
			@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String dueWithin, @RequestParam(required = false) String waitingOver,
			ListParams list, PlatformPrincipal me, Model model, HttpServletRequest request) {
		Pageable pageable = list.page(ApplicationQueries.WORK_LIST_SORT, request);
		FilterErrors errors = new FilterErrors(messages);
		ApplicationFilter filter = new ApplicationFilter(status == null ? Set.of() : Set.of(status), region, industry,
				q, errors.checked(() -> DateRanges.from(from)), errors.checked(() -> DateRanges.to(to)),
				errors.checked(() -> AdminApplicationFilters.days("dueWithin", dueWithin)),
				errors.checked(() -> AdminApplicationFilters.days("waitingOver", waitingOver)));
		Page<ApplicationView> page = errors.isEmpty() ? queries.workList(me, filter, pageable)
				: Page.empty(pageable);
		model.addAttribute("page", page);
		model.addAttribute("applications", page.getContent());
		model.addAttribute("errors", errors.byField());
		model.addAttribute("regions", catalog.regions());
		model.addAttribute("industries", Industry.values());
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("region", region);
		model.addAttribute("industry", industry);
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("dueWithin", dueWithin);
		model.addAttribute("waitingOver", waitingOver);
		model.addAttribute("heading", text("application.workbench.admin.title"));
		model.addAttribute("intro", text("application.workbench.admin.intro"));
		model.addAttribute("base", "/admin/applications");
		model.addAttribute("tabs", List.of());
		return "application/workbench";
	}

	/** 资质申请总览 as an Excel file: every application the filters keep, in the page's sort. */
	@GetMapping(path = "/admin/applications", params = ListExports.PARAM)
	@PreAuthorize("hasRole('ADMIN')")
	void adminExport(@RequestParam(required = false) String region, @RequestParam(required = false) Industry industry,
			@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String dueWithin, @RequestParam(required = false) String waitingOver,
			ListParams list, PlatformPrincipal me, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ApplicationFilter filter = new ApplicationFilter(status == null ? Set.of() : Set.of(status), region, industry,
				q, DateRanges.from(from), DateRanges.to(to), AdminApplicationFilters.days("dueWithin", dueWithin),
				AdminApplicationFilters.days("waitingOver", waitingOver));
		exports.write("applications", list, ApplicationQueries.WORK_LIST_SORT, p -> queries.workListRows(me, filter, p),
				ApplicationExportColumns.columns(), me, request, response);
	}

	/** A workbench tab as an Excel file: every case of the tab (an unknown tab: the first, as on the page). */
	@GetMapping(path = { "/review-org/applications", "/reviewer/applications", "/expert/applications",
			"/consultant/applications" }, params = ListExports.PARAM)
	@PreAuthorize("hasAnyRole('REVIEW_ORG','REVIEWER','EXPERT','CONSULTANT')")
	void workbenchExport(@RequestParam(required = false) String tab, ListParams list, PlatformPrincipal me,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!request.getRequestURI().equals(PageSupport.basePath(me))) {
			// someone else's workbench address: answer as for an unknown page
			throw new org.cciais.platform.shared.NotFoundException("error.notFound");
		}
		List<Tab> tabs = switch (me.role()) {
			case REVIEW_ORG -> reviewOrgTabs();
			case REVIEWER -> reviewerTabs();
			case EXPERT -> expertTabs();
			default -> consultantTabs();
		};
		Tab shown = tabs.stream().filter(t -> t.key().equals(tab)).findFirst().orElse(tabs.get(0));
		ApplicationFilter filter = ApplicationFilter.ALL.withStatuses(shown.statuses());
		exports.write(ApplicationExportColumns.listKey(me.role()), list, ApplicationQueries.WORK_LIST_SORT,
				p -> queries.workListRows(me, filter, p),
				ApplicationExportColumns.columns(), me, request, response);
	}

	@GetMapping({ "/review-org/applications/{id}", "/reviewer/applications/{id}", "/expert/applications/{id}",
			"/consultant/applications/{id}", "/admin/applications/{id}" })
	@PreAuthorize("hasAnyRole('REVIEW_ORG','REVIEWER','EXPERT','CONSULTANT','ADMIN')")
	String detail(@PathVariable long id, PlatformPrincipal me, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		String base = PageSupport.basePath(me);
		if (!request.getRequestURI().startsWith(base + "/")) {
			// someone else's workbench address: answer as for an unknown case
			throw new org.cciais.platform.shared.NotFoundException("error.notFound");
		}
		ApplicationView app = queries.get(id, me);
		List<AccountView> reviewers = me.role() == Role.REVIEW_ORG
				? accounts.findByOrganization(me.requireOrganizationId(), Role.REVIEWER) : List.of();
		// beside the choice: why a reviewer may not be assigned to this case (停用, 利益冲突), as message keys
		java.util.Map<Long, String> refusals = new java.util.LinkedHashMap<>();
		if (!reviewers.isEmpty()) {
			String creditCode = enterprises.get(app.enterpriseId()).creditCode();
			reviewers.forEach(r -> registry.assignRefusal(r.id(), creditCode).ifPresent(k -> refusals.put(r.id(), k)));
		}
		model.addAttribute("refusals", refusals);
		return DetailModel.fill(model, app, me, base, text("application.workbench." + workbench(me.role()) + ".title"),
				reviewers, code -> messages.getMessage(code, LocaleContextHolder.getLocale()));
	}

	private static String workbench(Role role) {
		return switch (role) {
			case REVIEW_ORG -> "reviewOrg";
			case REVIEWER -> "reviewer";
			case EXPERT -> "expert";
			case CONSULTANT -> "consultant";
			default -> "admin";
		};
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/** @param workbench the part of the bundle keys naming the workbench ({@code application.workbench.expert.title}) */
	private String list(PlatformPrincipal me, Model model, String tabKey, String workbench, List<Tab> tabs,
			ListParams params, HttpServletRequest request) {
		Pageable pageable = params.page(ApplicationQueries.WORK_LIST_SORT, request);
		List<Tab> counted = new ArrayList<>();
		Tab selected = null;
		for (Tab tab : tabs) {
			Tab t = new Tab(tab.key(), text(tab.label()), tab.statuses(),
					queries.countWorkList(me, ApplicationFilter.ALL.withStatuses(tab.statuses())));
			counted.add(t);
			if (t.key().equals(tabKey)) {
				selected = t;
			}
		}
		Tab shown = selected == null ? counted.get(0) : selected;
		Page<ApplicationView> page = queries.workList(me, ApplicationFilter.ALL.withStatuses(shown.statuses()),
				pageable);
		model.addAttribute("page", page);
		model.addAttribute("applications", page.getContent());
		model.addAttribute("tabs", counted);
		model.addAttribute("tab", shown.key());
		model.addAttribute("heading", text("application.workbench." + workbench + ".title"));
		model.addAttribute("intro", text("application.workbench." + workbench + ".intro"));
		model.addAttribute("base", PageSupport.basePath(me));
		return "application/workbench";
	}
}
