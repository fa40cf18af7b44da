package org.cciais.platform.organization;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.organization.ReviewerRules.Conflict;
import org.cciais.platform.organization.ReviewerRules.ConflictKind;
import org.cciais.platform.organization.ReviewerRules.Status;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.CreditCodes;
import org.cciais.platform.shared.ForbiddenException;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.Labelled;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.Languages;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评审员管理 (issue 12 item 9): a review organisation keeps its reviewers' records (qualification, fields, status),
 * their declared conflicts of interest, and the consulting organisations it is related to. Another organisation's
 * reviewer answers 404. Every change is audited. The assignment and choice checks are used by the applications.
 */
@Service
@Transactional
public class ReviewerManagement {

	public static final int TEXT_MAX = 500;

	/** A reviewer with the organisation's record of them and their open cases. */
	public record ReviewerRecord(long accountId, String username, String displayName, String qualification,
			Set<Industry> fields, Status status, List<Conflict> conflicts, long openCases) {
	}

	/** A consulting organisation the review organisation declared it is related to. */
	public record Relationship(long consultingOrgId, String name, String note) {
	}

	private final JdbcClient jdbc;
	private final AccountManagement accounts;
	private final OrganizationQueries organizations;
	private final ObjectProvider<ReviewerWorkload> workload;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MessageSource messages;

	ReviewerManagement(JdbcClient jdbc, AccountManagement accounts, OrganizationQueries organizations,
			ObjectProvider<ReviewerWorkload> workload, ApplicationEventPublisher events, Clock clock,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organizations = organizations;
		this.workload = workload;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
	}

	/** Sortable columns of the reviewer list; unsorted, by login name (as it always was). */
	public static final Sortable REVIEWER_SORT = Sortable.by(Sort.by("username"))
		.field("username")
		.field("displayName")
		.shownAs("username", Sort.Direction.ASC);

	/**
	 * One page of the caller's organisation's reviewers, each with record, conflicts and open cases, in the
	 * database; see {@link #REVIEWER_SORT}.
	 */
	@Transactional(readOnly = true)
	public Page<ReviewerRecord> reviewers(PlatformPrincipal me, Pageable pageable) {
		long org = orgOf(me);
		Map<Long, Long> open = openCases(org);
		return accounts.findByOrganization(org, Role.REVIEWER, pageable).map(a -> record(a, open));
	}

	@Transactional(readOnly = true)
	public ReviewerRecord reviewer(String username, PlatformPrincipal me) {
		AccountView a = mine(username, me);
		return record(a, openCases(a.organizationId()));
	}

	/** PUT the record: qualification (text), fields (industries), status. */
	public ReviewerRecord update(String username, String qualification, Set<Industry> fields, Status status,
			PlatformPrincipal me) {
		AccountView a = mine(username, me);
		var problems = new InvalidInputException.Collector();
		String q = qualification == null || qualification.isBlank() ? null : qualification.trim();
		if (q != null && q.length() > TEXT_MAX) {
			problems.reject("qualification", "reviewer.text.tooLong", TEXT_MAX);
		}
		if (status == null) {
			problems.reject("status", "reviewer.status.required");
		}
		problems.throwIfAny();
		String codes = fields == null ? "" : fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		java.time.OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		int updated = jdbc.sql("UPDATE reviewer_records SET qualification = ?, fields = ?, status = ?, updated_at = ?"
				+ " WHERE account_id = ?").params(q, codes, status.name(), now, a.id()).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO reviewer_records (account_id, organization_id, qualification, fields, status,"
					+ " updated_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(a.id(), a.organizationId(), q, codes, status.name(), now)
				.update();
		}
		ReviewerRecord r = record(a, openCases(a.organizationId()));
		events.publishEvent(AuditRecord.of(me, "reviewer.update", "reviewer", a.username(),
				"评审员档案：状态 " + chinese(status) + "，专业领域 "
						+ r.fields().stream().map(this::chinese).collect(Collectors.joining("、")) + "，资格 "
						+ (q == null ? "（无）" : q)));
		return r;
	}

	@Transactional(readOnly = true)
	public List<Conflict> conflicts(String username, PlatformPrincipal me) {
		return conflictsOf(mine(username, me).id());
	}

	/** Declares a conflict (the reviewer themself, or the review organisation on their behalf). */
	public Conflict declare(String username, String creditCode, ConflictKind kind, String note, PlatformPrincipal me) {
		AccountView a = mine(username, me);
		var problems = new InvalidInputException.Collector();
		String code = creditCode == null ? "" : creditCode.trim().toUpperCase();
		if (!CreditCodes.isValid(code)) {
			problems.reject("creditCode", "enterprise.creditCode.invalid");
		}
		if (kind == null) {
			problems.reject("kind", "reviewer.conflict.kindRequired");
		}
		String n = note == null || note.isBlank() ? null : note.trim();
		if (n != null && n.length() > TEXT_MAX) {
			problems.reject("note", "reviewer.text.tooLong", TEXT_MAX);
		}
		problems.throwIfAny();
		boolean exists = conflictsOf(a.id()).stream().anyMatch(c -> c.creditCode().equals(code) && c.kind() == kind);
		if (exists) {
			throw new ConflictException("reviewer.conflict.duplicate");
		}
		jdbc.sql("INSERT INTO reviewer_conflicts (account_id, credit_code, kind, note, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(a.id(), code, kind.name(), n, clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		Conflict c = conflictsOf(a.id()).stream()
			.filter(x -> x.creditCode().equals(code) && x.kind() == kind)
			.findFirst()
			.orElseThrow();
		events.publishEvent(AuditRecord.of(me, "reviewer.conflict.declare", "reviewer", a.username(),
				"申报利益冲突：" + code + "（" + chinese(kind) + "）" + (n == null ? "" : "，" + n)));
		return c;
	}

	public void withdraw(String username, long conflictId, PlatformPrincipal me) {
		AccountView a = mine(username, me);
		Conflict c = conflictsOf(a.id()).stream()
			.filter(x -> x.id() == conflictId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		jdbc.sql("DELETE FROM reviewer_conflicts WHERE id = ?").param(c.id()).update();
		events.publishEvent(AuditRecord.of(me, "reviewer.conflict.withdraw", "reviewer", a.username(),
				"撤销利益冲突：" + c.creditCode() + "（" + chinese(c.kind()) + "）"));
	}

	@Transactional(readOnly = true)
	public List<Relationship> relationships(PlatformPrincipal me) {
		return relationshipsOf(orgOf(me));
	}

	/**
	 * Sortable columns of the relationship list (SQL columns of its query, never the caller's text); unsorted, in
	 * the order of the consulting organisations' ids (as it always was).
	 */
	public static final Sortable RELATIONSHIP_SORT = Sortable.by(Sort.by("r.consulting_org_id"))
		.field("name", "o.name")
		.field("createdAt", "r.created_at")
		.tieBreaker("r.consulting_org_id");

	/** One page of {@link #relationships(PlatformPrincipal)}, in the database; see {@link #RELATIONSHIP_SORT}. */
	@Transactional(readOnly = true)
	public Page<Relationship> relationships(PlatformPrincipal me, Pageable pageable) {
		long org = orgOf(me);
		String order = pageable.getSort()
			.stream()
			.map(o -> o.getProperty() + (o.isAscending() ? " ASC" : " DESC"))
			.collect(Collectors.joining(", "));
		List<Relationship> rows = jdbc.sql("SELECT r.consulting_org_id, o.name, r.note FROM organization_relationships r"
				+ " JOIN organizations o ON o.id = r.consulting_org_id WHERE r.review_org_id = ? ORDER BY " + order
				+ " LIMIT ? OFFSET ?")
			.params(org, pageable.getPageSize(), pageable.getOffset())
			.query((rs, i) -> new Relationship(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		long total = jdbc.sql("SELECT count(*) FROM organization_relationships WHERE review_org_id = ?")
			.param(org)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	public Relationship relate(Long consultingOrgId, String note, PlatformPrincipal me) {
		long org = orgOf(me);
		OrganizationView consulting = consultingOrgId == null ? null
				: organizations.find(consultingOrgId).filter(o -> o.type() == OrganizationType.CONSULTING).orElse(null);
		if (consulting == null) {
			throw new InvalidInputException("consultingOrgId", "organization.relationship.consultingRequired");
		}
		String n = note == null || note.isBlank() ? null : note.trim();
		if (n != null && n.length() > TEXT_MAX) {
			throw new InvalidInputException("note", "reviewer.text.tooLong", TEXT_MAX);
		}
		if (relatedConsultingOrgs(org).contains(consulting.id())) {
			throw new ConflictException("organization.relationship.duplicate");
		}
		jdbc.sql("INSERT INTO organization_relationships (review_org_id, consulting_org_id, note, created_at)"
				+ " VALUES (?, ?, ?, ?)").params(org, consulting.id(), n, clock.instant().atOffset(ZoneOffset.UTC)).update();
		events.publishEvent(AuditRecord.of(me, "organization.relationship.declare", "organization", org,
				"申报关联咨询机构：" + consulting.name() + (n == null ? "" : "，" + n)));
		return new Relationship(consulting.id(), consulting.name(), n);
	}

	public void unrelate(long consultingOrgId, PlatformPrincipal me) {
		long org = orgOf(me);
		Relationship r = relationshipsOf(org).stream()
			.filter(x -> x.consultingOrgId() == consultingOrgId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		jdbc.sql("DELETE FROM organization_relationships WHERE review_org_id = ? AND consulting_org_id = ?")
			.params(org, consultingOrgId)
			.update();
		events.publishEvent(AuditRecord.of(me, "organization.relationship.withdraw", "organization", org,
				"撤销关联咨询机构：" + r.name()));
	}

	/** 409 naming the rule when the reviewer may not be assigned to a case of the enterprise. */
	@Transactional(readOnly = true)
	public void requireAssignable(long reviewerAccountId, String enterpriseCreditCode) {
		Status status = statusOf(reviewerAccountId);
		ReviewerRules.refusal(status, conflictsOf(reviewerAccountId), enterpriseCreditCode).ifPresent(key -> {
			throw new ConflictException(key);
		});
	}

	/** Why the reviewer may not be assigned (message key), for pages that mark the choice; empty when they may. */
	@Transactional(readOnly = true)
	public Optional<String> assignRefusal(long reviewerAccountId, String enterpriseCreditCode) {
		return ReviewerRules.refusal(statusOf(reviewerAccountId), conflictsOf(reviewerAccountId), enterpriseCreditCode);
	}

	/** 409 when the review organisation declared a relationship with the consulting organisation. */
	@Transactional(readOnly = true)
	public void requireUnrelated(long reviewOrgId, Long consultingOrgId) {
		ReviewerRules.pairRefusal(relatedConsultingOrgs(reviewOrgId), consultingOrgId).ifPresent(key -> {
			throw new ConflictException(key);
		});
	}

	private ReviewerRecord record(AccountView a, Map<Long, Long> open) {
		var row = jdbc.sql("SELECT qualification, fields, status FROM reviewer_records WHERE account_id = ?")
			.param(a.id())
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
		String qualification = row.map(r -> (String) r[0]).orElse(null);
		Set<Industry> fields = EnumSet.noneOf(Industry.class);
		row.map(r -> (String) r[1])
			.ifPresent(s -> Arrays.stream(s.split(",")).filter(x -> !x.isBlank()).map(Industry::valueOf)
				.forEach(fields::add));
		Status status = row.map(r -> Status.valueOf((String) r[2])).orElse(Status.ACTIVE);
		return new ReviewerRecord(a.id(), a.username(), a.displayName(), qualification, fields, status,
				conflictsOf(a.id()), open.getOrDefault(a.id(), 0L));
	}

	/** A name in the audit log's details: Chinese records, whoever reads them later. */
	private String chinese(Labelled code) {
		return messages.getMessage(code, Languages.CHINESE);
	}

	private Status statusOf(long accountId) {
		return jdbc.sql("SELECT status FROM reviewer_records WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.map(Status::valueOf)
			.orElse(Status.ACTIVE);
	}

	private List<Conflict> conflictsOf(long accountId) {
		return jdbc.sql("SELECT id, credit_code, kind, note FROM reviewer_conflicts WHERE account_id = ? ORDER BY id")
			.param(accountId)
			.query((rs, i) -> new Conflict(rs.getLong(1), rs.getString(2), ConflictKind.valueOf(rs.getString(3)),
					rs.getString(4)))
			.list();
	}

	private List<Long> relatedConsultingOrgs(long reviewOrgId) {
		return jdbc.sql("SELECT consulting_org_id FROM organization_relationships WHERE review_org_id = ?")
			.param(reviewOrgId)
			.query(Long.class)
			.list();
	}

	private List<Relationship> relationshipsOf(long reviewOrgId) {
		List<Relationship> out = new ArrayList<>();
		jdbc.sql("SELECT consulting_org_id, note FROM organization_relationships WHERE review_org_id = ?"
				+ " ORDER BY consulting_org_id")
			.param(reviewOrgId)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list()
			.forEach(r -> out.add(new Relationship((Long) r[0],
					organizations.find((Long) r[0]).map(OrganizationView::name).orElse(""), (String) r[1])));
		return out;
	}

	private Map<Long, Long> openCases(long reviewOrgId) {
		ReviewerWorkload w = workload.getIfAvailable();
		return w == null ? Map.of() : w.openCases(reviewOrgId);
	}

	/** The review organisation's account, or the reviewer themself (own record and conflicts only). */
	private long orgOf(PlatformPrincipal me) {
		if (me == null || me.role() != Role.REVIEW_ORG || me.organizationId() == null) {
			throw new ForbiddenException("error.forbidden");
		}
		return me.organizationId();
	}

	private AccountView mine(String username, PlatformPrincipal me) {
		if (me != null && me.role() == Role.REVIEWER && me.username().equals(username)) {
			return accounts.findById(me.accountId()).orElseThrow(() -> new NotFoundException("error.notFound"));
		}
		long org = orgOf(me);
		return accounts.findByUsername(username == null ? "" : username)
			.filter(a -> a.role() == Role.REVIEWER && a.organizationId() != null && a.organizationId() == org)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}
}
