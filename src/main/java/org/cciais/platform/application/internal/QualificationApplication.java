package org.cciais.platform.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.cciais.platform.account.AccountId;
import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.application.ApplicationId;
import org.cciais.platform.application.ApplicationKind;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.Party;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.enterprise.EnterpriseId;
import org.cciais.platform.organization.OrganizationId;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformPrincipal;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A qualification application for one industry (manual 3.3, DESIGN.md state machine). Every state change goes
 * through {@link #perform}, which does the row of the {@link ApplicationWorkflow} table, writes the history entry
 * and registers the events published when the case is saved; {@code @Version} makes two people acting at once end
 * with one winner.
 */
@Entity
@Table(name = "qualification_applications")
public class QualificationApplication {

	/** Manual 3.4.2: after acceptance the enterprise has 7 days to submit its materials. */
	public static final Duration MATERIALS_PERIOD = Duration.ofDays(7);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enterprise_id", nullable = false)
	private long enterpriseId;

	@Column(name = "enterprise_name", nullable = false)
	private String enterpriseName;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Industry industry;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Level level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationKind kind;

	/** For a RENEWAL: the certificate it renews, and that certificate's expiry day (the acceptance deadline). */
	@Column(name = "renews_certificate_id")
	private Long renewsCertificateId;

	@Column(name = "renews_expires_on")
	private LocalDate renewsExpiresOn;

	@Column(name = "renews_certificate_number")
	private String renewsCertificateNumber;

	/** The industry while open, null once closed (unique per enterprise: one open application per industry). */
	@Enumerated(EnumType.STRING)
	@Column(name = "open_industry")
	private Industry openIndustry;

	@Column(name = "review_org_id", nullable = false)
	private long reviewOrgId;

	@Column(name = "consulting_org_id")
	private Long consultingOrgId;

	@Column(name = "reviewer_account_id")
	private Long reviewerAccountId;

	@Column(name = "onsite_date")
	private LocalDate onsiteDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "termination_from")
	private ApplicationStatus terminationFrom;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "materials_due_at")
	private Instant materialsDueAt;

	@Column(name = "materials_submitted_at")
	private Instant materialsSubmittedAt;

	@Column(name = "reused_from_application_id")
	private Long reusedFromApplicationId;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	/** The material catalogue revision the application was created with and keeps (catalog module). */
	@Column(name = "material_revision", nullable = false)
	private int materialRevision = 1;

	/** Items carry their own version: uploading one does not bump the application's (parallel uploads). */
	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("code")
	@BatchSize(size = 100)
	@OptimisticLock(excluded = true)
	private List<MaterialFile> materials = new ArrayList<>();

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("uploadedAt, id")
	@BatchSize(size = 100)
	private List<RectificationUpload> rectifications = new ArrayList<>();

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("uploadedAt, id")
	@BatchSize(size = 100)
	private List<ReviewReport> reports = new ArrayList<>();

	@Transient
	private final List<Step> steps = new ArrayList<>();

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("at, id")
	@BatchSize(size = 100)
	private List<HistoryEntry> history = new ArrayList<>();

	protected QualificationApplication() {
	}

	/** 提交资质申请: the kind, level and renewed certificate are derived by the {@link LevelPolicy}, never chosen. */
	public static QualificationApplication submit(long enterpriseId, String enterpriseName, String regionCode,
			Industry industry, LevelPolicy.Derivation derivation, long reviewOrgId, Long consultingOrgId, Actor actor,
			Instant now) {
		derivation.orThrow();
		QualificationApplication a = new QualificationApplication();
		a.enterpriseId = enterpriseId;
		a.enterpriseName = enterpriseName;
		a.regionCode = regionCode;
		a.industry = industry;
		a.kind = derivation.kind();
		a.level = derivation.level();
		a.renewsCertificateId = derivation.renewsCertificateId();
		a.renewsExpiresOn = derivation.renewsExpiresOn();
		a.renewsCertificateNumber = derivation.renewsCertificateNumber();
		a.status = ApplicationStatus.SUBMITTED;
		a.openIndustry = industry;
		a.reviewOrgId = reviewOrgId;
		a.consultingOrgId = consultingOrgId;
		a.submittedAt = now;
		a.updatedAt = now;
		a.history.add(new HistoryEntry(a, now, actor, WorkflowAction.SUBMIT.code(), null, ApplicationStatus.SUBMITTED,
				null, null, null));
		a.steps.add(a.stepOf(WorkflowAction.SUBMIT, null, actor, Details.NONE, now));
		return a;
	}

	/** The inputs some actions take; unused ones are null. */
	public record Details(String opinion, Long reviewerAccountId, LocalDate onsiteDate, UUID reportFileId,
			Recorded recorded) {

		public static final Details NONE = new Details(null, null, null, null);

		public Details(String opinion, Long reviewerAccountId, LocalDate onsiteDate, UUID reportFileId) {
			this(opinion, reviewerAccountId, onsiteDate, reportFileId, null);
		}
	}

	/**
	 * The platform's own words in the history (指派评审员：…, 现场审核日期：…), kept as their bundle key and arguments
	 * with what the party typed ({@code typed}, null for nothing), so that each reader sees them in their language.
	 * {@link Details#opinion()} has the same in Chinese, for the audit log.
	 */
	public record Recorded(String key, List<String> args, String typed) {
	}

	/**
	 * Performs the row of the {@link ApplicationWorkflow} table for the action in the current state: refuses it
	 * (409) when there is none, applies the row's effect, closes the case when the new state has ended, records
	 * the history entry and registers the {@link ApplicationStateChanged} (and, for an approval,
	 * {@link ApplicationApproved}) published when the case is saved. Returns the state it came from. The caller
	 * has authorised the action ({@link #refusal}).
	 */
	public ApplicationStatus perform(WorkflowAction action, Actor actor, Details details, Instant now) {
		ApplicationWorkflow.Transition row = ApplicationWorkflow.transition(action, status)
			.orElseThrow(() -> ApplicationWorkflow.stateRefusal(action, status).exception());
		if (!row.changesState()) {
			throw new IllegalArgumentException(action + " is not a transition");
		}
		ApplicationStatus from = status;
		ApplicationStatus to = row.target(status, terminationFrom);
		row.effect().apply(this, details, now);
		status = to;
		if (ApplicationWorkflow.state(to).ended()) {
			openIndustry = null;
			closedAt = now;
		}
		updatedAt = now;
		history.add(new HistoryEntry(this, now, actor, action.code(), from, to, details.opinion(),
				details.recorded(), details.reportFileId()));
		steps.add(stepOf(action, from, actor, details, now));
		return from;
	}

	/** Why the caller may not do the action now (role, party, state, checks), empty when it may. */
	public Optional<Refusal> refusal(WorkflowAction action, PlatformPrincipal me, Check.Situation situation) {
		return ApplicationWorkflow.refusal(action, this, me, situation);
	}

	/** The actions the caller may do now. */
	public List<WorkflowAction> availableActions(PlatformPrincipal me, Check.Situation situation) {
		return ApplicationWorkflow.available(this, me, situation);
	}

	/** Whose action the case awaits now (empty once ended). */
	public Set<Party> awaiting() {
		return ApplicationWorkflow.awaiting(status, reviewerAccountId);
	}

	/** 409 unless the table allows the action in the current state. */
	public void requireAllowed(WorkflowAction action) {
		if (ApplicationWorkflow.transition(action, status).isEmpty()) {
			throw ApplicationWorkflow.stateRefusal(action, status).exception();
		}
	}

	// the effects of the rows of the ApplicationWorkflow table

	void startMaterialsPeriod(Instant now) {
		acceptedAt = now;
		materialsDueAt = now.plus(MATERIALS_PERIOD);
	}

	void recordMaterialsSubmitted(Instant now) {
		materialsSubmittedAt = now;
	}

	void assignReviewer(Long reviewerAccountId) {
		this.reviewerAccountId = reviewerAccountId;
	}

	void scheduleOnsite(LocalDate day) {
		this.onsiteDate = day;
	}

	void rememberReviewBeforeTermination() {
		terminationFrom = status;
	}

	void forgetReviewBeforeTermination() {
		terminationFrom = null;
	}

	/**
	 * A transition done since the case was loaded, announced when it is saved: the case as it was right after it,
	 * but for the id, which a new case has only once saved.
	 */
	private record Step(WorkflowAction action, ApplicationStateChanged changed) {
	}

	/** The event of a step: the platform's own words as their key, what was typed as typed. */
	private Step stepOf(WorkflowAction action, ApplicationStatus from, Actor actor, Details details, Instant now) {
		Recorded recorded = details.recorded();
		return new Step(action, ApplicationStateChanged
			.of(new ApplicationId(id == null ? 0 : id), new EnterpriseId(enterpriseId), industry, level)
			.organisations(new OrganizationId(reviewOrgId), OrganizationId.ofNullable(consultingOrgId))
			.reviewer(AccountId.ofNullable(reviewerAccountId))
			.moved(from, status, action.code())
			.by(actor.username(), actor.role())
			.opinion(recorded == null ? details.opinion() : recorded.typed())
			.recorded(recorded == null ? null : new ApplicationStateChanged.Recorded(recorded.key(), recorded.args()))
			.at(now)
			.materialsDueAt(status == ApplicationStatus.ACCEPTED ? materialsDueAt : null)
			.awaiting(awaiting())
			.build());
	}

	@DomainEvents
	List<Object> domainEvents() {
		List<Object> events = new ArrayList<>();
		for (Step step : steps) {
			ApplicationStateChanged e = step.changed().withApplicationId(new ApplicationId(id));
			events.add(e);
			if (step.action() == WorkflowAction.APPROVE) {
				Long consulting = e.consultingOrgId() == null ? null : e.consultingOrgId().value();
				events.add(new ApplicationApproved(id, e.enterpriseId().value(), e.industry(), e.level(),
						e.reviewOrgId().value(), consulting, e.at(), renewsCertificateId));
			}
		}
		return events;
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		steps.clear();
	}

	/** Before a resubmission (RETURNED): the enterprise may pick other organisations. */
	public void changeOrganisations(long reviewOrgId, Long consultingOrgId) {
		requireAllowed(WorkflowAction.RESUBMIT);
		this.reviewOrgId = reviewOrgId;
		this.consultingOrgId = consultingOrgId;
	}

	/** Uploads or replaces the file of an item (暂存); returns the replaced file id, if any, to delete. */
	public Optional<UUID> putMaterial(String code, UUID fileId, String fileName, long size, Instant now) {
		requireAllowed(WorkflowAction.UPLOAD_MATERIAL);
		Optional<MaterialFile> existing = material(code);
		if (existing.isPresent()) {
			MaterialFile item = existing.get();
			UUID old = item.isReused() ? null : item.getFileId();
			item.replace(fileId, fileName, size, now);
			return Optional.ofNullable(old);
		}
		materials.add(new MaterialFile(this, code, fileId, fileName, size, null, now));
		return Optional.empty();
	}

	/** Links a shared item to the file of another application of the enterprise (manual 3.4.3): no copy. */
	public void linkMaterial(String code, UUID fileId, String fileName, long size, long sourceApplicationId,
			Instant now) {
		if (material(code).isPresent()) {
			return;
		}
		materials.add(new MaterialFile(this, code, fileId, fileName, size, sourceApplicationId, now));
		reusedFromApplicationId = sourceApplicationId;
	}

	public void addRectification(String stage, UUID fileId, String fileName, String by, Instant now) {
		rectifications.add(new RectificationUpload(this, stage, fileId, fileName, now, by));
	}

	public void addReport(UUID fileId, String fileName, String by, Instant now) {
		requireAllowed(WorkflowAction.UPLOAD_REPORT);
		updatedAt = now;
		reports.add(new ReviewReport(this, fileId, fileName, now, by));
	}

	public boolean hasReport(UUID fileId) {
		return reports.stream().anyMatch(r -> r.getFileId().equals(fileId));
	}

	public Optional<MaterialFile> material(String code) {
		return materials.stream().filter(m -> m.getCode().equals(code)).findFirst();
	}

	/** Has the enterprise uploaded any material of its own (manual 3.4.1 note 1: then no cancel)? */
	public boolean hasUploadedMaterials() {
		return materials.stream().anyMatch(m -> !m.isReused());
	}

	/**
	 * A renewal may be accepted only until the expiry day of the certificate it renews; once accepted it keeps its
	 * level whatever happens to that certificate during the review.
	 */
	public boolean renewalAcceptable(LocalDate today) {
		return kind != ApplicationKind.RENEWAL || renewsExpiresOn == null || !today.isAfter(renewsExpiresOn);
	}

	/** Materials due when now >= materialsDueAt (acceptance + 7 days), while the deadline runs (ACCEPTED). */
	public boolean materialsOverdue(Instant now) {
		return ApplicationWorkflow.materialsDeadlineRunsIn().contains(status) && materialsDueAt != null
				&& !now.isBefore(materialsDueAt);
	}

	public Long getId() {
		return id;
	}

	public long getEnterpriseId() {
		return enterpriseId;
	}

	public String getEnterpriseName() {
		return enterpriseName;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public Industry getIndustry() {
		return industry;
	}

	public Level getLevel() {
		return level;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public ApplicationKind getKind() {
		return kind;
	}

	public Long getRenewsCertificateId() {
		return renewsCertificateId;
	}

	public String getRenewsCertificateNumber() {
		return renewsCertificateNumber;
	}

	public LocalDate getRenewsExpiresOn() {
		return renewsExpiresOn;
	}

	public long getReviewOrgId() {
		return reviewOrgId;
	}

	public Long getConsultingOrgId() {
		return consultingOrgId;
	}

	public Long getReviewerAccountId() {
		return reviewerAccountId;
	}

	public LocalDate getOnsiteDate() {
		return onsiteDate;
	}

	public ApplicationStatus getTerminationFrom() {
		return terminationFrom;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public Instant getMaterialsDueAt() {
		return materialsDueAt;
	}

	public Instant getMaterialsSubmittedAt() {
		return materialsSubmittedAt;
	}

	public Long getReusedFromApplicationId() {
		return reusedFromApplicationId;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/** Keeps the material catalogue as it is at creation: later changes of the catalogue leave this case alone. */
	public void startWithMaterialRevision(int revision) {
		this.materialRevision = revision;
	}

	public int getMaterialRevision() {
		return materialRevision;
	}

	public long getVersion() {
		return version;
	}

	public List<MaterialFile> getMaterials() {
		return List.copyOf(materials);
	}

	public List<RectificationUpload> getRectifications() {
		return List.copyOf(rectifications);
	}

	public List<ReviewReport> getReports() {
		return List.copyOf(reports);
	}

	public List<HistoryEntry> getHistory() {
		return List.copyOf(history);
	}
}
