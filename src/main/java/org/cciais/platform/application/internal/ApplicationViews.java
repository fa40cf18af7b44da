package org.cciais.platform.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationRow;
import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.application.ApplicationView.EnterpriseCase;
import org.cciais.platform.application.ApplicationView.HistoryView;
import org.cciais.platform.application.ApplicationView.MaterialView;
import org.cciais.platform.application.ApplicationView.OrgRef;
import org.cciais.platform.application.ApplicationView.PersonRef;
import org.cciais.platform.application.ApplicationView.RectificationView;
import org.cciais.platform.application.ApplicationView.ReportView;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.application.internal.MaterialPlanner.Plan;
import org.cciais.platform.application.internal.MaterialPlanner.PlannedItem;
import org.cciais.platform.catalog.Catalog;
import org.cciais.platform.catalog.Catalog.MaterialItem;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.Enterprises;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.Organizations;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.springframework.stereotype.Component;

/** Turns aggregates into {@link ApplicationView}s for one caller; look-ups are shared across a list. */
@Component
public class ApplicationViews {

	private final Catalog catalog;
	private final Organizations organizations;
	private final AccountManagement accounts;
	private final MaterialPlanner planner;
	private final Enterprises enterprises;
	private final Clock clock;

	ApplicationViews(Catalog catalog, Organizations organizations, AccountManagement accounts,
			MaterialPlanner planner, Enterprises enterprises, Clock clock) {
		this.catalog = catalog;
		this.organizations = organizations;
		this.accounts = accounts;
		this.planner = planner;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	public ApplicationView view(QualificationApplication a, PlatformPrincipal me) {
		return new Lookups().view(a, me);
	}

	public List<ApplicationView> views(List<QualificationApplication> list, PlatformPrincipal me) {
		Lookups lookups = new Lookups();
		return list.stream().map(a -> lookups.view(a, me)).toList();
	}

	/** The export lines of a list for one caller: the list's columns only (see {@link ApplicationRow}). */
	public List<ApplicationRow> rows(List<QualificationApplication> list, PlatformPrincipal me) {
		Lookups lookups = new Lookups();
		if (me != null && (me.role() == Role.REVIEW_ORG || me.role() == Role.ADMIN)) {
			// the credit codes of the chunk's enterprises in one query, not one each
			List<Long> ids = list.stream().map(QualificationApplication::getEnterpriseId).distinct().toList();
			Map<Long, EnterpriseView> found = enterprises.findAll(ids);
			ids.forEach(id -> lookups.enterpriseData.put(id, Optional.ofNullable(found.get(id))));
		}
		return list.stream().map(a -> lookups.row(a, me)).toList();
	}

	/** Caches per call, so a list of applications costs one query per organisation and reviewer, not per row. */
	private final class Lookups {

		private final Instant now = clock.instant();
		private List<MaterialItem> catalogue;
		private final Map<Long, Optional<OrganizationView>> orgs = new HashMap<>();
		private final Map<Long, Optional<AccountView>> people = new HashMap<>();
		private final Map<Long, Optional<EnterpriseView>> enterpriseData = new HashMap<>();
		private final Map<String, String> regionNames = new HashMap<>();

		List<MaterialItem> catalogue() {
			if (catalogue == null) {
				catalogue = catalog.materials();
			}
			return catalogue;
		}

		OrgRef org(Long id) {
			if (id == null) {
				return null;
			}
			return orgs.computeIfAbsent(id, organizations::find)
				.map(o -> new OrgRef(o.id(), o.name()))
				.orElse(new OrgRef(id, "#" + id));
		}

		PersonRef person(Long id) {
			if (id == null) {
				return null;
			}
			return people.computeIfAbsent(id, accounts::findById)
				.map(p -> new PersonRef(p.id(), p.username(), p.displayName()))
				.orElse(new PersonRef(id, "#" + id, "#" + id));
		}

		ApplicationView view(QualificationApplication a, PlatformPrincipal me) {
			Plan plan = planner.plan(a, catalogue(), now);
			List<MaterialView> materials = plan.items().stream().map(Lookups::material).toList();
			List<String> actions = WorkflowRules.available(a, me, () -> plan, now)
				.stream()
				.map(WorkflowAction::code)
				.toList();
			List<HistoryView> history = a.getHistory()
				.stream()
				.map(h -> new HistoryView(h.getAt(), h.getActor(), h.getActorName(), h.getRole(), h.getAction(),
						WorkflowAction.byCode(h.getAction()).map(WorkflowAction::label).orElse(h.getAction()),
						h.getFromStatus(), h.getToStatus(), h.getOpinion(), h.getReportFileId()))
				.toList();
			return new ApplicationView(a.getId(), a.getEnterpriseId(), a.getEnterpriseName(), a.getRegionCode(),
					a.getIndustry(), a.getIndustry().label(), a.getLevel(), a.getLevel().label(), a.getStatus(),
					a.getStatus().label(), org(a.getReviewOrgId()), org(a.getConsultingOrgId()),
					person(a.getReviewerAccountId()), a.getOnsiteDate(), a.getSubmittedAt(), a.getAcceptedAt(),
					a.getMaterialsDueAt(), a.getMaterialsSubmittedAt(), a.getClosedAt(),
					a.getReusedFromApplicationId(), plan.window() == null ? null : plan.window().lastDay(), materials,
					a.getRectifications()
						.stream()
						.map(r -> new RectificationView(r.getFileId(), r.getFileName(), r.getStage(),
								r.getUploadedAt()))
						.toList(),
					a.getReports()
						.stream()
						.filter(r -> mayListReport(r.getFileId(), a, me))
						.map(r -> new ReportView(r.getFileId(), r.getFileName(), r.getUploadedAt()))
						.toList(),
					history, actions, a.getVersion(), a.getKind(), a.getKind().label(), a.getRenewsCertificateId(),
					a.getRenewsCertificateNumber(), enterpriseCase(a, me));
		}

		ApplicationRow row(QualificationApplication a, PlatformPrincipal me) {
			OrgRef consulting = org(a.getConsultingOrgId());
			PersonRef reviewer = person(a.getReviewerAccountId());
			String creditCode = me == null || (me.role() != Role.REVIEW_ORG && me.role() != Role.ADMIN) ? null
					: enterpriseData.computeIfAbsent(a.getEnterpriseId(), enterprises::find)
						.map(EnterpriseView::creditCode)
						.orElse(null);
			return new ApplicationRow(a.getId(), a.getEnterpriseName(), creditCode,
					regionNames.computeIfAbsent(a.getRegionCode(),
							code -> catalog.region(code).map(r -> r.name()).orElse(code)),
					a.getIndustry().label(), a.getLevel().label(), a.getKind().label(), a.getStatus().label(),
					org(a.getReviewOrgId()).name(), consulting == null ? null : consulting.name(),
					reviewer == null ? null : reviewer.name(), a.getSubmittedAt(), a.getAcceptedAt(),
					a.getMaterialsDueAt(), a.getOnsiteDate(), a.getClosedAt(), a.getUpdatedAt());
		}

		/** Only the review organisation and the association see the applicant's registration data here. */
		private EnterpriseCase enterpriseCase(QualificationApplication a, PlatformPrincipal me) {
			if (me == null || (me.role() != Role.REVIEW_ORG && me.role() != Role.ADMIN)) {
				return null;
			}
			return enterpriseData.computeIfAbsent(a.getEnterpriseId(), enterprises::find)
				.map(e -> new EnterpriseCase(e.name(), e.creditCode(), e.regionCode(),
						catalog.region(e.regionCode()).map(r -> r.name()).orElse(null), e.unitType(),
						e.registeredCapital(), e.legalRepresentative(), e.registeredAddress(), e.foundedOn(),
						e.licenceFileId()))
				.orElse(null);
		}

		/** A report not yet named by a decision is a draft: the enterprise and the consultant do not see it. */
		private static boolean mayListReport(java.util.UUID fileId, QualificationApplication a, PlatformPrincipal me) {
			if (me == null || (me.role() != Role.ENTERPRISE && me.role() != Role.CONSULTANT)) {
				return true;
			}
			return a.getHistory().stream().anyMatch(h -> fileId.equals(h.getReportFileId()));
		}

		private static MaterialView material(PlannedItem p) {
			MaterialItem item = p.item();
			MaterialFile shown = p.file() != null ? p.file() : p.offered();
			Long from = p.file() != null ? p.file().getReusedFromApplicationId() : p.offeredFrom();
			return new MaterialView(item.code(), item.seq(), item.label(), item.title(), item.fileKind(),
					item.shared(), item.required(), p.required(), p.uploaded(), p.reused(),
					shown == null ? null : shown.getFileId(), shown == null ? null : shown.getFileName(), from,
					shown == null ? null : shown.getUploadedAt());
		}
	}
}
