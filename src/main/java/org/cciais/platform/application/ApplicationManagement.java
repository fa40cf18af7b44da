package org.cciais.platform.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationView.MaterialView;
import org.cciais.platform.application.ApplicationView.ReportView;
import org.cciais.platform.application.WorkflowAction.Endpoint;
import org.cciais.platform.application.internal.Actor;
import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.cciais.platform.application.internal.ApplicationWorkflow.Input;
import org.cciais.platform.application.internal.ApplicationWorkflow.Opinion;
import org.cciais.platform.application.internal.Check;
import org.cciais.platform.application.internal.ApplicationViews;
import org.cciais.platform.application.internal.LevelPolicy;
import org.cciais.platform.application.internal.MaterialPlanner;
import org.cciais.platform.application.internal.MaterialPlanner.Plan;
import org.cciais.platform.application.internal.MaterialPlanner.PlannedItem;
import org.cciais.platform.application.internal.QualificationApplication;
import org.cciais.platform.application.internal.QualificationApplication.Details;
import org.cciais.platform.application.internal.QualificationApplication.Recorded;
import org.cciais.platform.application.internal.QualificationApplications;
import org.cciais.platform.application.internal.RecordTexts;
import org.cciais.platform.application.internal.ReuseWindow;
import org.cciais.platform.application.internal.ReuseWindows;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.catalog.CatalogQueries.MaterialItem;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseRegistration;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.organization.ReviewerManagement;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.ForbiddenException;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.storage.FileKind;
import org.cciais.platform.storage.FileStore;
import org.cciais.platform.storage.StoredFile;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The commands of the qualification application (manual 3.3–3.4): submission, resubmission, every
 * {@link WorkflowAction}, material uploads, rectifications and review reports. It loads the case, authorises the
 * action by the workflow's table ({@link ApplicationWorkflow#refusal}: role 403, party 404, state and checks 409),
 * checks the inputs (400), lets the case perform it and saves it: the case writes its history and registers its
 * {@link ApplicationStateChanged}, published on the save; the audit log is written here.
 */
@Service
@Transactional
public class ApplicationManagement {

	private static final int OPINION_MAX = 2000;

	private final QualificationApplications applications;
	private final ReuseWindows windows;
	private final MaterialPlanner planner;
	private final ApplicationViews views;
	private final ApplicationQueries queries;
	private final CatalogQueries catalog;
	private final OrganizationQueries organizations;
	private final ReviewerManagement reviewers;
	private final EnterpriseQueries enterprises;
	private final EnterpriseRegistration registrations;
	private final AccountManagement accounts;
	private final FileStore files;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final EntityManager entityManager;
	private final RecordTexts records;

	ApplicationManagement(QualificationApplications applications, ReuseWindows windows, MaterialPlanner planner,
			ApplicationViews views, ApplicationQueries queries, CatalogQueries catalog, OrganizationQueries organizations,
			EnterpriseQueries enterprises, AccountManagement accounts, FileStore files, ApplicationEventPublisher events,
			Clock clock, EntityManager entityManager, ReviewerManagement reviewers, RecordTexts records,
			EnterpriseRegistration registrations) {
		this.registrations = registrations;
		this.records = records;
		this.entityManager = entityManager;
		this.reviewers = reviewers;
		this.applications = applications;
		this.windows = windows;
		this.planner = planner;
		this.views = views;
		this.queries = queries;
		this.catalog = catalog;
		this.organizations = organizations;
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * 提交资质申请 (manual 3.3.2): one industry, the level derived from the certificates held, review and consulting
	 * organisation among those authorised for the enterprise's region group. Refused with 409 while the industry
	 * has an open application (申请中) or when the {@link LevelPolicy} of the kind refuses (a valid 一级 leaves
	 * nothing to upgrade to; a renewal outside its window or of a certificate that is not VALID).
	 */
	public ApplicationView create(NewApplication cmd, PlatformPrincipal me) {
		requireRole(me, Role.ENTERPRISE);
		EnterpriseView enterprise = enterprises.get(me.requireEnterpriseId());
		var problems = new InvalidInputException.Collector();
		if (cmd.industry() == null) {
			problems.reject("industry", "application.industry.required");
		}
		checkOrganisations(problems, cmd.reviewOrgId(), cmd.consultingOrgId(), enterprise.regionCode());
		problems.throwIfAny();
		reviewers.requireUnrelated(cmd.reviewOrgId(), cmd.consultingOrgId());
		IndustryStatus standing = queries.industryStatus(enterprise.id(), cmd.industry());
		if (standing.inProgress()) {
			throw new ConflictException("application.industry.inProgress", cmd.industry());
		}
		Instant now = clock.instant();
		LevelPolicy.Derivation derivation = queries.derivation(enterprise.id(), cmd.industry(), cmd.kind()).orThrow();
		QualificationApplication application = QualificationApplication.submit(enterprise.id(), enterprise.name(),
				enterprise.regionCode(), cmd.industry(), derivation, cmd.reviewOrgId(), cmd.consultingOrgId(),
				Actor.of(me), now);
		application.startWithMaterialRevision(catalog.currentMaterialRevision());
		try {
			application = applications.saveAndFlush(application);
		}
		catch (DataIntegrityViolationException ex) {
			// the unique open-industry index: a concurrent submission for the same industry won
			throw new ConflictException("application.industry.inProgress", cmd.industry());
		}
		registrations.markApplicationSubmitted(enterprise.id());
		audit(application, WorkflowAction.SUBMIT, null, Actor.of(me), null);
		return views.view(application, me);
	}

	/** Refuses (409, the policy's reason) when the enterprise could not apply for the kind in the industry today. */
	@Transactional(readOnly = true)
	public void checkApplicable(Industry industry, ApplicationKind kind, PlatformPrincipal me) {
		requireRole(me, Role.ENTERPRISE);
		queries.derivation(me.requireEnterpriseId(), industry, kind).orThrow();
	}

	/** 修改申请信息并重新提交 (manual 3.4.1): only when RETURNED; organisations not given stay as they are. */
	public ApplicationView resubmit(long id, Long reviewOrgId, Long consultingOrgId, PlatformPrincipal me) {
		QualificationApplication application = authorize(WorkflowAction.RESUBMIT, id, me);
		long review = reviewOrgId == null ? application.getReviewOrgId() : reviewOrgId;
		Long consulting = consultingOrgId == null ? application.getConsultingOrgId() : consultingOrgId;
		var problems = new InvalidInputException.Collector();
		checkOrganisations(problems, review, consulting, application.getRegionCode());
		problems.throwIfAny();
		reviewers.requireUnrelated(review, consulting);
		application.changeOrganisations(review, consulting);
		return transition(application, WorkflowAction.RESUBMIT, Details.NONE, me);
	}

	/** {@code POST /api/v1/applications/{id}/actions/{action}}. */
	public ApplicationView act(long id, String actionCode, ActionRequest request, PlatformPrincipal me) {
		return act(id, actionCode, request, null, me);
	}

	/**
	 * A workflow action; {@code report} (pages) is an optional review report PDF stored with it in the same
	 * transaction, for the actions that take one.
	 */
	public ApplicationView act(long id, String actionCode, ActionRequest request, MultipartFile report,
			PlatformPrincipal me) {
		WorkflowAction action = WorkflowAction.byCode(actionCode)
			.filter(a -> a.endpoint() == Endpoint.ACTIONS)
			.orElseThrow(() -> new NotFoundException("application.action.unknown"));
		ActionRequest req = request == null ? ActionRequest.EMPTY : request;
		if (action == WorkflowAction.RESUBMIT) {
			return resubmit(id, null, null, me);
		}
		QualificationApplication application = authorize(action, id, me);
		Details details = validate(action, application, req, report != null && !report.isEmpty(), me);
		if (report != null && !report.isEmpty()) {
			StoredFile stored = files.store(report, Set.of(FileKind.PDF), me.username());
			application.addReport(stored.id(), stored.originalName(), me.username(), clock.instant());
			details = new Details(details.opinion(), details.reviewerAccountId(), details.onsiteDate(), stored.id(),
					details.recorded());
		}
		if (action == WorkflowAction.SUBMIT_MATERIALS) {
			linkReusedItems(application);
		}
		return transition(application, action, details, me);
	}

	/**
	 * 上传/替换申请材料 (manual 3.4.2, 暂存): only while ACCEPTED and before the deadline; PDF, or RAR where the
	 * catalogue says (PDF is accepted there too); at most 100 MB, checked by content before anything is kept.
	 * Replacing deletes the previous file.
	 */
	public MaterialView uploadMaterial(long id, String code, MultipartFile file, PlatformPrincipal me) {
		QualificationApplication application = authorize(WorkflowAction.UPLOAD_MATERIAL, id, me);
		MaterialItem item = catalog.material(application.getMaterialRevision(), code)
			.orElseThrow(() -> new NotFoundException("application.material.unknown", code));
		Set<FileKind> kinds = "RAR".equals(item.fileKind()) ? EnumSet.of(FileKind.PDF, FileKind.RAR)
				: EnumSet.of(FileKind.PDF);
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "application.file.required");
		}
		// Checked, not bumped, at commit: a concurrent transition (submit, expiry) wins, other items' uploads do not.
		entityManager.lock(application, LockModeType.OPTIMISTIC);
		StoredFile stored = files.store(file, kinds, me.username());
		Instant now = clock.instant();
		application.putMaterial(code, stored.id(), stored.originalName(), stored.size(), now)
			.ifPresent(files::delete);
		events.publishEvent(AuditRecord.of(me, "application.material.upload", "application", id,
				records.get("application.record.materialUploaded", item.label() + item.title(), stored.originalName(),
						String.valueOf(stored.size()))));
		try {
			applications.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// the same item's first upload, twice at once: (application, code) is unique
			throw new ConflictException("error.concurrentChange");
		}
		return views.view(application, me)
			.materials()
			.stream()
			.filter(m -> m.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * 文审整改 / 现场整改 (manual 3.4.4, 3.4.5): one RAR answering the failed review, which sends the case back to the
	 * same review.
	 */
	public ApplicationView rectify(long id, MultipartFile file, PlatformPrincipal me) {
		QualificationApplication application = authorize(WorkflowAction.RECTIFY, id, me);
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "application.file.required");
		}
		StoredFile stored = files.store(file, Set.of(FileKind.RAR), me.username());
		String stage = application.getStatus() == ApplicationStatus.DOC_RECTIFICATION ? "DOC" : "ONSITE";
		application.addRectification(stage, stored.id(), stored.originalName(), me.username(), clock.instant());
		return transition(application, WorkflowAction.RECTIFY,
				new Details(records.get("application.record.rectificationUploaded", stored.originalName()), null, null,
						null, new Recorded("application.record.rectificationUploaded", List.of(stored.originalName()),
								null)),
				me);
	}

	/** The assigned reviewer uploads a review report PDF, later named by {@code reportFileId} in a decision. */
	public ReportView uploadReport(long id, MultipartFile file, PlatformPrincipal me) {
		QualificationApplication application = authorize(WorkflowAction.UPLOAD_REPORT, id, me);
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "application.file.required");
		}
		StoredFile stored = files.store(file, Set.of(FileKind.PDF), me.username());
		Instant now = clock.instant();
		application.addReport(stored.id(), stored.originalName(), me.username(), now);
		events.publishEvent(AuditRecord.of(me, "application.report.upload", "application", id,
				records.get("application.record.reportUploaded", stored.originalName())));
		applications.flush();
		return new ReportView(stored.id(), stored.originalName(), now);
	}

	/**
	 * Role (403), party (404), state and checks (409), in the order of {@link ApplicationWorkflow#refusal}; returns
	 * the case. A case the caller may not read answers 404 like one that does not exist.
	 */
	private QualificationApplication authorize(WorkflowAction action, long id, PlatformPrincipal me) {
		if (me == null || me.role() != ApplicationWorkflow.party(action).role()) {
			throw new ForbiddenException("application.action.role");
		}
		QualificationApplication application = applications.findById(id)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		Instant now = clock.instant();
		application.refusal(action, me, situation(application, now)).ifPresent(refusal -> {
			throw refusal.exception();
		});
		return application;
	}

	private Check.Situation situation(QualificationApplication application, Instant now) {
		return Check.Situation.of(now, () -> plan(application, now));
	}

	private Details validate(WorkflowAction action, QualificationApplication application, ActionRequest req,
			boolean reportUploaded, PlatformPrincipal me) {
		var problems = new InvalidInputException.Collector();
		ApplicationWorkflow.Transition takes = ApplicationWorkflow.inputsOf(action);
		String opinion = req.opinion() == null || req.opinion().isBlank() ? null : req.opinion().trim();
		Recorded recorded = null;
		if (takes.opinion() == Opinion.REQUIRED && opinion == null) {
			problems.reject("opinion", "application.opinion.required", action);
		}
		if (opinion != null && opinion.length() > OPINION_MAX) {
			problems.reject("opinion", "application.opinion.tooLong", OPINION_MAX);
		}
		if (takes.opinion() == Opinion.NONE) {
			opinion = null;
		}
		Long reviewer = null;
		if (takes.inputs().contains(Input.REVIEWER)) {
			if (req.reviewerId() == null) {
				problems.reject("reviewerId", "application.reviewer.required");
			}
			else {
				AccountView account = accounts.findById(req.reviewerId()).orElse(null);
				if (account == null || account.role() != Role.REVIEWER
						|| account.organizationId() == null || account.organizationId() != application.getReviewOrgId()) {
					problems.reject("reviewerId", "application.reviewer.notInOrganisation");
				}
				else {
					// 利益冲突 / 停用: 409 naming the rule, nothing changes
					reviewers.requireAssignable(account.id(),
							enterprises.get(application.getEnterpriseId()).creditCode());
					reviewer = account.id();
					recorded = new Recorded("application.record.reviewerAssigned", List.of(account.displayName()),
							opinion);
					opinion = withOpinion(records.get(recorded.key(), account.displayName()), opinion);
				}
			}
		}
		LocalDate onsiteDate = null;
		if (takes.inputs().contains(Input.ONSITE_DATE)) {
			if (req.onsiteDate() == null) {
				problems.reject("onsiteDate", "application.onsiteDate.required");
			}
			else if (req.onsiteDate().isBefore(LocalDate.now(clock.withZone(PlatformClock.ZONE)))) {
				problems.reject("onsiteDate", "application.onsiteDate.past");
			}
			else {
				onsiteDate = req.onsiteDate();
				recorded = new Recorded("application.record.onsiteScheduled", List.of(onsiteDate.toString()), opinion);
				opinion = withOpinion(records.get(recorded.key(), onsiteDate.toString()), opinion);
			}
		}
		UUID report = null;
		if (req.reportFileId() != null) {
			if (!takes.takesReport()) {
				problems.reject("reportFileId", "application.report.notTaken", action);
			}
			else if (reportUploaded) {
				problems.reject("reportFileId", "application.report.twice");
			}
			else if (!application.hasReport(req.reportFileId())) {
				problems.reject("reportFileId", "application.report.unknown");
			}
			else {
				report = req.reportFileId();
			}
		}
		problems.throwIfAny();
		return new Details(opinion, reviewer, onsiteDate, report, recorded);
	}

	private void checkOrganisations(InvalidInputException.Collector problems, Long reviewOrgId, Long consultingOrgId,
			String regionCode) {
		if (reviewOrgId == null) {
			problems.reject("reviewOrgId", "application.reviewOrg.required");
		}
		else if (!organizations.isAuthorised(reviewOrgId, OrganizationType.REVIEW, regionCode)) {
			problems.reject("reviewOrgId", "application.reviewOrg.notAuthorised");
		}
		if (consultingOrgId == null) {
			problems.reject("consultingOrgId", "application.consultingOrg.required");
		}
		else if (!organizations.isAuthorised(consultingOrgId, OrganizationType.CONSULTING, regionCode)) {
			problems.reject("consultingOrgId", "application.consultingOrg.notAuthorised");
		}
	}

	/**
	 * At submission within the enterprise's 30-day window the shared items not uploaded are linked to the source
	 * application's files; a full submission outside any covering window opens a new one (see {@link ReuseWindow}).
	 */
	private void linkReusedItems(QualificationApplication application) {
		Instant now = clock.instant();
		Plan plan = plan(application, now);
		if (plan.window() != null) {
			for (PlannedItem item : plan.toLink()) {
				application.linkMaterial(item.item().code(), item.offered().getFileId(),
						item.offered().getFileName(), item.offered().getSizeBytes(), item.offeredFrom(), now);
			}
		}
		boolean reusing = !plan.toLink().isEmpty() && plan.window() != null;
		if (!reusing) {
			ReuseWindow window = windows.findById(application.getEnterpriseId()).orElse(null);
			if (window == null) {
				windows.save(new ReuseWindow(application.getEnterpriseId(), application.getId(), now));
			}
			else if (!window.covers(now)) {
				window.restart(application.getId(), now);
			}
		}
	}

	private Plan plan(QualificationApplication application, Instant now) {
		return planner.plan(application, catalog.materials(application.getMaterialRevision()), now);
	}

	private ApplicationView transition(QualificationApplication application, WorkflowAction action, Details details,
			PlatformPrincipal me) {
		Actor actor = Actor.of(me);
		ApplicationStatus from = application.perform(action, actor, details, clock.instant());
		// publishes the events the case registered
		applications.save(application);
		audit(application, action, from, actor, details.opinion());
		// flush now so that a concurrent change surfaces here as an optimistic-lock failure (409)
		applications.flush();
		return views.view(application, me);
	}

	private void audit(QualificationApplication a, WorkflowAction action, ApplicationStatus from, Actor actor,
			String opinion) {
		ApplicationStatus to = a.getStatus();
		String detail = records.get("application.record.transition", a.getIndustry(), a.getLevel(),
				from == null ? "—" : from, to);
		events.publishEvent(new AuditRecord(actor.username(), actor.role(), "application." + action.code(),
				"application", String.valueOf(a.getId()),
				opinion == null ? detail : detail + records.get("application.record.opinion", opinion)));
	}

	private String withOpinion(String fact, String opinion) {
		return opinion == null ? fact : records.get("application.record.withOpinion", fact, opinion);
	}

	private static void requireRole(PlatformPrincipal me, Role role) {
		if (me == null || role == null || me.role() != role) {
			throw new ForbiddenException("application.action.role");
		}
	}
}
