package org.cciais.platform.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.catalog.CatalogQueries.MaterialItem;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.Labelled;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns aggregates into {@link ApplicationView}s for one caller; look-ups are shared across a list. */
@Component
public class ApplicationViews {

	private final CatalogQueries catalog;
	private final OrganizationQueries organizations;
	private final AccountManagement accounts;
	private final MaterialPlanner planner;
	private final EnterpriseQueries enterprises;
	private final Clock clock;
	private final MessageSource messages;

	ApplicationViews(CatalogQueries catalog, OrganizationQueries organizations, AccountManagement accounts,
			MaterialPlanner planner, EnterpriseQueries enterprises, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.catalog = catalog;
		this.organizations = organizations;
		this.accounts = accounts;
		this.planner = planner;
		this.enterprises = enterprises;
		this.clock = clock;
	}

	public ApplicationView view(QualificationApplication a, PlatformPrincipal me) {
		return new Lookups(List.of(a), me, true).view(a, me);
	}

	public List<ApplicationView> views(List<QualificationApplication> list, PlatformPrincipal me) {
		Lookups lookups = new Lookups(list, me, true);
		return list.stream().map(a -> lookups.view(a, me)).toList();
	}

	/** The export lines of a list for one caller: the list's columns only (see {@link ApplicationRow}). */
	public List<ApplicationRow> rows(List<QualificationApplication> list, PlatformPrincipal me) {
		Lookups lookups = new Lookups(list, me, false);
		return list.stream().map(a -> lookups.row(a, me)).toList();
	}

	/**
	 * Loaded once per call for all the rows: organisation names, reviewers, the applicants' registration data and
	 * their region names each in one query, so a list costs the same few queries as one case.
	 */
	private final class Lookups {

		private final Instant now = clock.instant();
		/* the reader's words for the names of industries, levels, states, kinds and actions */
		private final Locale locale = LocaleContextHolder.getLocale();
		private final Map<Integer, List<MaterialItem>> catalogues = new HashMap<>();
		private final Map<Long, String> orgNames;
		private final Map<Long, AccountView> people;
		private final Map<Long, EnterpriseView> enterpriseData;
		private final Map<String, String> regionNames;
		private final Map<Long, ReuseWindow> windows;
		private final Map<String, String> applicationRegions = new HashMap<>();

		/** @param withWindows whether the material plans will be needed (views), or only the list's columns (rows) */
		Lookups(List<QualificationApplication> list, PlatformPrincipal me, boolean withWindows) {
			windows = withWindows ? planner.prefetch(list) : Map.of();
			Set<Long> orgIds = new HashSet<>();
			Set<Long> personIds = new HashSet<>();
			for (QualificationApplication a : list) {
				addIfPresent(orgIds, a.getReviewOrgId());
				addIfPresent(orgIds, a.getConsultingOrgId());
				addIfPresent(personIds, a.getReviewerAccountId());
			}
			orgNames = organizations.names(orgIds);
			people = accounts.findAllById(personIds);
			if (seesEnterpriseData(me)) {
				enterpriseData = enterprises
					.findAll(list.stream().map(QualificationApplication::getEnterpriseId).collect(Collectors.toSet()));
				regionNames = catalog.regionNames(enterpriseData.values()
					.stream()
					.map(EnterpriseView::regionCode)
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()));
			}
			else {
				enterpriseData = Map.of();
				regionNames = Map.of();
			}
		}

		private static void addIfPresent(Set<Long> ids, Long id) {
			if (id != null) {
				ids.add(id);
			}
		}

		/** The catalogue revision the application was created with (retired items included). */
		List<MaterialItem> catalogue(QualificationApplication a) {
			return catalogues.computeIfAbsent(a.getMaterialRevision(), catalog::materials);
		}

		OrgRef org(Long id) {
			if (id == null) {
				return null;
			}
			String name = orgNames.get(id);
			return new OrgRef(id, name == null ? "#" + id : name);
		}

		PersonRef person(Long id) {
			if (id == null) {
				return null;
			}
			AccountView p = people.get(id);
			return p == null ? new PersonRef(id, "#" + id, "#" + id) : new PersonRef(p.id(), p.username(), p.displayName());
		}

		ApplicationView view(QualificationApplication a, PlatformPrincipal me) {
			Plan plan = planner.plan(a, catalogue(a), now, Optional.ofNullable(windows.get(a.getEnterpriseId())));
			List<MaterialView> materials = plan.items().stream().map(Lookups::material).toList();
			List<String> actions = a.availableActions(me, Check.Situation.of(now, () -> plan))
				.stream()
				.map(WorkflowAction::code)
				.toList();
			List<HistoryView> history = a.getHistory()
				.stream()
				.map(h -> new HistoryView(h.getAt(), h.getActor(), actorName(h), h.getRole(), h.getAction(),
						WorkflowAction.byCode(h.getAction()).map(this::words).orElse(h.getAction()),
						h.getFromStatus(), h.getToStatus(),
						h.opinion((key, args) -> messages.getMessage(key, args, key, locale)), h.getReportFileId()))
				.toList();
			return new ApplicationView(a.getId(), a.getEnterpriseId(), a.getEnterpriseName(), a.getRegionCode(),
					a.getIndustry(), words(a.getIndustry()), a.getLevel(), words(a.getLevel()), a.getStatus(),
					words(a.getStatus()), org(a.getReviewOrgId()), org(a.getConsultingOrgId()),
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
					history, actions, a.getVersion(), a.getKind(), words(a.getKind()), a.getRenewsCertificateId(),
					a.getRenewsCertificateNumber(), enterpriseCase(a, me));
		}

		ApplicationRow row(QualificationApplication a, PlatformPrincipal me) {
			OrgRef consulting = org(a.getConsultingOrgId());
			PersonRef reviewer = person(a.getReviewerAccountId());
			EnterpriseView enterprise = enterpriseData.get(a.getEnterpriseId());
			return new ApplicationRow(a.getId(), a.getEnterpriseName(), enterprise == null ? null : enterprise.creditCode(),
					applicationRegions.computeIfAbsent(a.getRegionCode(),
							code -> catalog.region(code).map(r -> r.name()).orElse(code)),
					words(a.getIndustry()), words(a.getLevel()), words(a.getKind()), words(a.getStatus()),
					org(a.getReviewOrgId()).name(), consulting == null ? null : consulting.name(),
					reviewer == null ? null : reviewer.name(), a.getSubmittedAt(), a.getAcceptedAt(),
					a.getMaterialsDueAt(), a.getOnsiteDate(), a.getClosedAt(), a.getUpdatedAt());
		}

		/** A person's name as it was recorded; the platform's own, in the reader's language. */
		private String actorName(HistoryEntry h) {
			return h.getRole() == null && Actor.SYSTEM.username().equals(h.getActor())
					? messages.getMessage(Actor.SYSTEM_NAME, null, locale) : h.getActorName();
		}

		private String words(Labelled code) {
			return messages.getMessage(code, locale);
		}

		/** Only the review organisation and the association see the applicant's registration data here. */
		private static boolean seesEnterpriseData(PlatformPrincipal me) {
			return me != null && (me.role() == Role.REVIEW_ORG || me.role() == Role.ADMIN);
		}

		private EnterpriseCase enterpriseCase(QualificationApplication a, PlatformPrincipal me) {
			if (!seesEnterpriseData(me)) {
				return null;
			}
			EnterpriseView e = enterpriseData.get(a.getEnterpriseId());
			return e == null ? null
					: new EnterpriseCase(e.name(), e.creditCode(), e.regionCode(),
							e.regionCode() == null ? null : regionNames.get(e.regionCode()), e.unitType(),
							e.registeredCapital(), e.legalRepresentative(), e.registeredAddress(), e.foundedOn(),
							e.licenceFileId());
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
