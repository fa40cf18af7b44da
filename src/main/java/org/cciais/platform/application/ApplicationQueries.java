package org.cciais.platform.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.cciais.platform.application.internal.ApplicationViews;
import org.cciais.platform.application.internal.LevelPolicy;
import org.cciais.platform.application.internal.QualificationApplication;
import org.cciais.platform.application.internal.QualificationApplications;
import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.catalog.CatalogQueries.IndustryInfo;
import org.cciais.platform.shared.ForbiddenException;
import org.cciais.platform.shared.HeldQualifications;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.ListTotals;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.QualificationStanding;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the applications: the figure-7 industry table, one case, and each role's work list. */
@Service
@Transactional(readOnly = true)
public class ApplicationQueries {

	/**
	 * Sortable columns of the work lists; unsorted, the last changed first (as they always were). {@code overdue}
	 * filters and the admin search go through {@link ApplicationFilter}.
	 */
	public static final Sortable WORK_LIST_SORT = Sortable
		.by(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")))
		.field("id")
		.field("enterpriseName")
		.field("industry")
		.field("level")
		.field("status")
		.field("submittedAt")
		.field("updatedAt")
		.shownAs("updatedAt", Sort.Direction.DESC);

	/** Sortable columns of 进度查询; unsorted, the newest submission first (as it always was). */
	public static final Sortable PROGRESS_SORT = Sortable
		.by(Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id")))
		.field("id")
		.field("industry")
		.field("level")
		.field("status")
		.field("submittedAt")
		.field("updatedAt")
		.shownAs("submittedAt", Sort.Direction.DESC);

	/** States in which the case waits for a reviewing party (not for the enterprise): "waiting longer than". */
	static final Set<ApplicationStatus> WAITING_FOR_REVIEW = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.DOC_REVIEW, ApplicationStatus.ONSITE_REVIEW, ApplicationStatus.TERMINATION_PROPOSED,
			ApplicationStatus.ORG_CONFIRMATION, ApplicationStatus.FINAL_REVIEW);

	private final QualificationApplications applications;
	private final ApplicationViews views;
	private final CatalogQueries catalog;
	private final HeldQualifications held;
	private final Clock clock;

	private final EnterpriseQueries enterprises;
	private final ListTotals totals;

	ApplicationQueries(QualificationApplications applications, ApplicationViews views, CatalogQueries catalog,
			HeldQualifications held, EnterpriseQueries enterprises, ListTotals totals, Clock clock) {
		this.enterprises = enterprises;
		this.totals = totals;
		this.applications = applications;
		this.views = views;
		this.catalog = catalog;
		this.held = held;
		this.clock = clock;
	}

	/**
	 * Figure 7 for an enterprise: each industry with its scope, the level it holds, the level it may apply for and
	 * whether an application is open (申请中). Derivation ({@link LevelPolicy}, DESIGN.md, no skipping): the latest
	 * certificate of the industry counts only when VALID; none (or a lapsed one: 失效 / 过期) → 三级, a valid 三级 →
	 * 二级, a valid 二级 → 一级, a valid 一级 → nothing; in the last 12 months of a valid certificate, also a renewal
	 * at the held level.
	 */
	public List<IndustryStatus> industries(long enterpriseId) {
		Map<Industry, QualificationStanding> standings = held.of(enterpriseId);
		Map<Industry, QualificationApplication> open = applications
			.findByEnterpriseIdAndOpenIndustryIsNotNull(enterpriseId)
			.stream()
			.collect(Collectors.toMap(QualificationApplication::getIndustry, Function.identity(), (a, b) -> a));
		LocalDate today = LocalDate.now(clock.withZone(PlatformClock.ZONE));
		List<IndustryStatus> result = new ArrayList<>();
		for (IndustryInfo info : catalog.industries()) {
			Industry industry = info.industry();
			QualificationStanding standing = standings.get(industry);
			Level current = standing != null && standing.valid() ? standing.level() : null;
			QualificationApplication app = open.get(industry);
			LevelPolicy.Derivation next = LevelPolicy.derive(null, industry, standing, today);
			LevelPolicy.Derivation renewal = LevelPolicy.derive(ApplicationKind.RENEWAL, industry, standing, today);
			boolean renewable = app == null && renewal.allowed();
			result.add(new IndustryStatus(industry, info.name(), info.scope(), current,
					next.allowed() ? next.level() : null, app != null, standing == null ? null : standing.level(),
					standing == null ? null : standing.status(), standing == null ? null : standing.certificateNumber(),
					app == null ? null : app.getId(), app == null ? null : app.getStatus(),
					app == null ? null : app.getLevel(), renewable, renewable ? renewal.level() : null,
					standing == null ? null : standing.certificateId(), standing == null ? null : standing.expiresOn(),
					current == null ? null : LevelPolicy.renewalOpensOn(standing.expiresOn()),
					app == null ? null : app.getKind()));
		}
		return result;
	}

	/** The kind's policy applied to the enterprise's standing in the industry today. */
	LevelPolicy.Derivation derivation(long enterpriseId, Industry industry, ApplicationKind kind) {
		return LevelPolicy.derive(kind, industry, held.of(enterpriseId).get(industry),
				LocalDate.now(clock.withZone(PlatformClock.ZONE)));
	}

	public IndustryStatus industryStatus(long enterpriseId, Industry industry) {
		return industries(enterpriseId).stream()
			.filter(s -> s.industry() == industry)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/**
	 * One case, if the caller is a party of it (else 404); one read-only transaction for all its queries. Loaded by
	 * its id and its history on first use, two statements whose SQL Hibernate prepares once: a query fetching the
	 * history with an entity graph was translated again on every call (a seventh of the read's CPU).
	 */
	public ApplicationView get(long id, PlatformPrincipal me) {
		return applications.findById(id)
			.filter(a -> ApplicationWorkflow.mayRead(a, me))
			.map(a -> views.view(a, me))
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/** One page of the enterprise's own applications (进度查询), in the database; see {@link #PROGRESS_SORT}. */
	public Page<ApplicationView> ofEnterprise(PlatformPrincipal me, Pageable pageable) {
		long enterpriseId = me.requireEnterpriseId();
		return viewPage(applications.findAll(
				(root, query, cb) -> cb.equal(root.get("enterpriseId"), enterpriseId), pageable), me);
	}

	/**
	 * One page of the caller's work list, in the database: REVIEW_ORG its organisation's cases, REVIEWER the cases
	 * assigned to it, EXPERT the cases that reached the final review, CONSULTANT the cases naming its organisation,
	 * ADMIN all; ENTERPRISE its own; narrowed by the {@link ApplicationFilter}. See {@link #WORK_LIST_SORT}.
	 */
	public Page<ApplicationView> workList(PlatformPrincipal me, ApplicationFilter filter, Pageable pageable) {
		Specification<QualificationApplication> spec = workListSpec(me, filter);
		Slice<QualificationApplication> found = applications.findBy(spec, q -> q.slice(pageable));
		return viewPage(PageableExecutionUtils.getPage(found.getContent(), pageable,
				() -> totals.count(workListKey(me, filter), () -> applications.count(spec))), me);
	}

	/**
	 * A chunk of the caller's work list as export lines ({@link ApplicationRow}), without a count: an export asks
	 * for every chunk in turn until one is not full.
	 */
	public Slice<ApplicationRow> workListRows(PlatformPrincipal me, ApplicationFilter filter, Pageable pageable) {
		Slice<QualificationApplication> found = applications.findBy(workListSpec(me, filter),
				q -> q.slice(pageable));
		return new SliceImpl<>(views.rows(found.getContent(), me), found.getPageable(), found.hasNext());
	}

	/** How many cases of the caller's work list the filter keeps (a workbench tab's badge). */
	public long countWorkList(PlatformPrincipal me, ApplicationFilter filter) {
		Specification<QualificationApplication> spec = workListSpec(me, filter);
		return totals.count(workListKey(me, filter), () -> applications.count(spec));
	}

	/** Names a work list's total for {@link ListTotals}: the same reader and the same filter. */
	private static Object workListKey(PlatformPrincipal me, ApplicationFilter filter) {
		return List.of("workList", me.accountId(), filter == null ? ApplicationFilter.ALL : filter);
	}

	private Page<ApplicationView> viewPage(Page<QualificationApplication> found, PlatformPrincipal me) {
		return new PageImpl<>(views.views(found.getContent(), me), found.getPageable(), found.getTotalElements());
	}

	private Specification<QualificationApplication> workListSpec(PlatformPrincipal me, ApplicationFilter filter) {
		if (me == null || me.role() == org.cciais.platform.shared.Role.PERSON) {
			throw new ForbiddenException("error.forbidden");
		}
		ApplicationFilter f = filter == null ? ApplicationFilter.ALL : filter;
		Specification<QualificationApplication> scope = (root, query, cb) -> switch (me.role()) {
			case ENTERPRISE -> cb.equal(root.get("enterpriseId"), me.requireEnterpriseId());
			case REVIEW_ORG -> cb.equal(root.get("reviewOrgId"), me.requireOrganizationId());
			case REVIEWER -> cb.equal(root.get("reviewerAccountId"), me.accountId());
			case CONSULTANT -> cb.equal(root.get("consultingOrgId"), me.requireOrganizationId());
			case EXPERT -> root.get("status").in(ApplicationWorkflow.expertVisible());
			case ADMIN -> cb.conjunction();
			case PERSON -> cb.disjunction();
		};
		String text = f.text() == null || f.text().isBlank() ? null : f.text().trim();
		Long byCreditCode = text == null ? null
				: enterprises.findByCreditCode(text.toUpperCase(Locale.ROOT)).map(EnterpriseView::id).orElse(null);
		Instant now = clock.instant();
		Specification<QualificationApplication> filters = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (f.statuses() != null && !f.statuses().isEmpty()) {
				predicates.add(root.get("status").in(f.statuses()));
			}
			if (f.regionCode() != null && !f.regionCode().isBlank()) {
				predicates.add(cb.equal(root.get("regionCode"), f.regionCode().trim()));
			}
			if (f.industry() != null) {
				predicates.add(cb.equal(root.get("industry"), f.industry()));
			}
			if (text != null) {
				Predicate byName = cb.like(cb.lower(root.get("enterpriseName")),
						"%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
								+ "%",
						'\\');
				predicates.add(byCreditCode == null ? byName
						: cb.or(byName, cb.equal(root.get("enterpriseId"), byCreditCode)));
			}
			if (f.submittedFrom() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), f.submittedFrom()));
			}
			if (f.submittedTo() != null) {
				predicates.add(cb.lessThan(root.get("submittedAt"), f.submittedTo()));
			}
			if (f.materialsDueWithinDays() != null) {
				predicates.add(cb.equal(root.get("status"), ApplicationStatus.ACCEPTED));
				predicates.add(cb.greaterThanOrEqualTo(root.get("materialsDueAt"), now));
				predicates.add(cb.lessThanOrEqualTo(root.get("materialsDueAt"),
						now.plus(Duration.ofDays(f.materialsDueWithinDays()))));
			}
			if (f.waitingLongerThanDays() != null) {
				predicates.add(root.get("status").in(WAITING_FOR_REVIEW));
				predicates.add(cb.lessThan(root.get("updatedAt"),
						now.minus(Duration.ofDays(f.waitingLongerThanDays()))));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return scope.and(filters);
	}

	/** Accepted applications whose materials deadline falls in [from, to): for reminders before the deadline. */
	public List<MaterialsDue> materialsDueBetween(Instant from, Instant to) {
		return applications.findDueBetween(ApplicationStatus.ACCEPTED, from, to)
			.stream()
			.map(a -> new MaterialsDue(a.getId(), a.getEnterpriseId(), a.getIndustry(), a.getLevel(),
					a.getMaterialsDueAt()))
			.toList();
	}
}
