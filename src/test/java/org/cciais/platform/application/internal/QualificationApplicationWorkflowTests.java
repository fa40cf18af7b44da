package org.cciais.platform.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.application.ApplicationId;
import org.cciais.platform.application.ApplicationKind;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.Party;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.application.internal.QualificationApplication.Details;
import org.cciais.platform.catalog.CatalogQueries.MaterialItem;
import org.cciais.platform.enterprise.EnterpriseId;
import org.cciais.platform.organization.OrganizationId;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The workflow of one qualification application as the aggregate does it, without Spring or a database: every
 * transition of the DESIGN.md diagram, every refusal (wrong role, not a party, wrong state, each named check), the
 * effects and the events. Every expectation is written out here from the manual (3.3–3.4) and DESIGN.md, never
 * read from the table under test, so a wrong row of {@code ApplicationWorkflow} fails here.
 */
class QualificationApplicationWorkflowTests {

	private static final Instant SUBMITTED_AT = Instant.parse("2026-03-02T02:00:00Z");

	private static final long ENTERPRISE = 11;
	private static final long REVIEW_ORG = 21;
	private static final long CONSULTING_ORG = 22;
	private static final long REVIEWER = 31;

	private static final PlatformPrincipal OWNER = new PlatformPrincipal(1, "qiye", Role.ENTERPRISE, ENTERPRISE, null,
			"企业");
	private static final PlatformPrincipal ORG = new PlatformPrincipal(2, "pingshen", Role.REVIEW_ORG, null, REVIEW_ORG,
			"评审机构");
	private static final PlatformPrincipal ASSIGNED = new PlatformPrincipal(REVIEWER, "pingshenyuan", Role.REVIEWER,
			null, REVIEW_ORG, "评审员");
	private static final PlatformPrincipal EXPERT = new PlatformPrincipal(4, "zhuanjia", Role.EXPERT, null, null,
			"专家");
	private static final PlatformPrincipal OTHER_ENTERPRISE = new PlatformPrincipal(5, "qita", Role.ENTERPRISE, 99L,
			null, "其他企业");
	private static final PlatformPrincipal OTHER_ORG = new PlatformPrincipal(6, "qitajigou", Role.REVIEW_ORG, null, 98L,
			"其他机构");
	private static final PlatformPrincipal OTHER_REVIEWER = new PlatformPrincipal(7, "qitapingshenyuan", Role.REVIEWER,
			null, REVIEW_ORG, "其他评审员");

	/**
	 * How a case reaches each state (the actions in order, from SUBMITTED), as the manual's steps run. A reviewer is
	 * assigned right after acceptance, except where said.
	 */
	private static final Map<ApplicationStatus, String> PATHS = Map.ofEntries(
			Map.entry(ApplicationStatus.SUBMITTED, ""),
			Map.entry(ApplicationStatus.RETURNED, "return"),
			Map.entry(ApplicationStatus.ACCEPTED, "accept assign-reviewer"),
			Map.entry(ApplicationStatus.DOC_REVIEW, "accept assign-reviewer submit-materials"),
			Map.entry(ApplicationStatus.DOC_RECTIFICATION, "accept assign-reviewer submit-materials doc-fail"),
			Map.entry(ApplicationStatus.ONSITE_REVIEW, "accept assign-reviewer submit-materials doc-pass"),
			Map.entry(ApplicationStatus.ONSITE_RECTIFICATION,
					"accept assign-reviewer submit-materials doc-pass onsite-fail"),
			Map.entry(ApplicationStatus.TERMINATION_PROPOSED,
					"accept assign-reviewer submit-materials propose-termination"),
			Map.entry(ApplicationStatus.ORG_CONFIRMATION,
					"accept assign-reviewer submit-materials doc-pass schedule-onsite onsite-pass"),
			Map.entry(ApplicationStatus.FINAL_REVIEW,
					"accept assign-reviewer submit-materials doc-pass schedule-onsite onsite-pass org-confirm"),
			Map.entry(ApplicationStatus.CERTIFIED,
					"accept assign-reviewer submit-materials doc-pass schedule-onsite onsite-pass org-confirm approve"),
			Map.entry(ApplicationStatus.REJECTED,
					"accept assign-reviewer submit-materials doc-pass schedule-onsite onsite-pass org-confirm reject"),
			Map.entry(ApplicationStatus.CANCELLED, "cancel"),
			Map.entry(ApplicationStatus.EXPIRED, "accept assign-reviewer expire"),
			Map.entry(ApplicationStatus.TERMINATED,
					"accept assign-reviewer submit-materials propose-termination confirm-termination"));

	// -- the transitions of the diagram --------------------------------------------------------------------------

	/** from, action, who, to: the arrows of the DESIGN.md diagram and the manual's steps. */
	static Stream<Arguments> transitions() {
		return Stream.of(
				row("SUBMITTED", "accept", "ORG", "ACCEPTED"),
				row("SUBMITTED", "return", "ORG", "RETURNED"),
				row("SUBMITTED", "cancel", "OWNER", "CANCELLED"),
				row("RETURNED", "resubmit", "OWNER", "SUBMITTED"),
				row("RETURNED", "cancel", "OWNER", "CANCELLED"),
				row("ACCEPTED", "submit-materials", "OWNER", "DOC_REVIEW"),
				row("ACCEPTED", "cancel", "OWNER", "CANCELLED"),
				row("ACCEPTED", "assign-reviewer", "ORG", "ACCEPTED"),
				row("DOC_REVIEW", "doc-pass", "ASSIGNED", "ONSITE_REVIEW"),
				row("DOC_REVIEW", "doc-fail", "ASSIGNED", "DOC_RECTIFICATION"),
				row("DOC_REVIEW", "propose-termination", "ASSIGNED", "TERMINATION_PROPOSED"),
				row("DOC_REVIEW", "assign-reviewer", "ORG", "DOC_REVIEW"),
				row("DOC_RECTIFICATION", "rectify", "OWNER", "DOC_REVIEW"),
				row("DOC_RECTIFICATION", "assign-reviewer", "ORG", "DOC_RECTIFICATION"),
				row("ONSITE_REVIEW", "schedule-onsite", "ASSIGNED", "ONSITE_REVIEW"),
				row("ONSITE_REVIEW", "onsite-fail", "ASSIGNED", "ONSITE_RECTIFICATION"),
				row("ONSITE_REVIEW", "propose-termination", "ASSIGNED", "TERMINATION_PROPOSED"),
				row("ONSITE_REVIEW", "assign-reviewer", "ORG", "ONSITE_REVIEW"),
				row("ONSITE_RECTIFICATION", "rectify", "OWNER", "ONSITE_REVIEW"),
				row("ONSITE_RECTIFICATION", "assign-reviewer", "ORG", "ONSITE_RECTIFICATION"),
				row("TERMINATION_PROPOSED", "confirm-termination", "ORG", "TERMINATED"),
				row("TERMINATION_PROPOSED", "decline-termination", "ORG", "DOC_REVIEW"),
				row("ORG_CONFIRMATION", "org-confirm", "ORG", "FINAL_REVIEW"),
				row("FINAL_REVIEW", "approve", "EXPERT", "CERTIFIED"),
				row("FINAL_REVIEW", "reject", "EXPERT", "REJECTED"));
	}

	@ParameterizedTest(name = "{0} --{1} by {2}--> {3}")
	@MethodSource("transitions")
	void eachTransitionOfTheDiagramIsAllowedToItsPartyAndLeadsWhereTheManualSays(ApplicationStatus from,
			WorkflowAction action, PlatformPrincipal who, ApplicationStatus to) {
		QualificationApplication a = reached(from);
		assertThat(a.refusal(action, who, Check.Situation.at(later(1)))).isEmpty();

		a.perform(action, actor(who), details(action), later(1));

		assertThat(a.getStatus()).isEqualTo(to);
		HistoryEntry last = a.getHistory().get(a.getHistory().size() - 1);
		assertThat(last.getAction()).isEqualTo(action.code());
		assertThat(last.getFromStatus()).isEqualTo(from);
		assertThat(last.getToStatus()).isEqualTo(to);
	}

	@Test
	void theOnsitePassNeedsAScheduledDateAndLeadsToTheReviewOrganisationsConfirmation() {
		QualificationApplication a = reached(ApplicationStatus.ONSITE_REVIEW);
		a.perform(WorkflowAction.SCHEDULE_ONSITE, actor(ASSIGNED), details(WorkflowAction.SCHEDULE_ONSITE), later(1));
		assertThat(a.refusal(WorkflowAction.ONSITE_PASS, ASSIGNED, Check.Situation.at(later(1)))).isEmpty();

		a.perform(WorkflowAction.ONSITE_PASS, actor(ASSIGNED), Details.NONE, later(1));

		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.ORG_CONFIRMATION);
	}

	@Test
	void aDeclinedTerminationSendsTheCaseBackToTheOnsiteReviewItWasProposedFrom() {
		QualificationApplication a = reached(ApplicationStatus.ONSITE_REVIEW);
		a.perform(WorkflowAction.PROPOSE_TERMINATION, actor(ASSIGNED), opinion("终止"), later(1));
		assertThat(a.getTerminationFrom()).isEqualTo(ApplicationStatus.ONSITE_REVIEW);

		a.perform(WorkflowAction.DECLINE_TERMINATION, actor(ORG), Details.NONE, later(1));

		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.ONSITE_REVIEW);
		assertThat(a.getTerminationFrom()).isNull();
	}

	@Test
	void theDeadlineJobExpiresAnAcceptedCaseAndNoAccountMayDoItsAction() {
		QualificationApplication a = reached(ApplicationStatus.ACCEPTED);
		for (PlatformPrincipal who : List.of(OWNER, ORG, ASSIGNED, EXPERT)) {
			assertThat(a.refusal(WorkflowAction.EXPIRE, who, Check.Situation.at(later(8))))
				.contains(new Refusal(Refusal.Kind.ROLE, "application.action.role", List.of()));
		}
		a.perform(WorkflowAction.EXPIRE, Actor.SYSTEM, Details.NONE, later(8));
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.EXPIRED);
	}

	@Test
	void uploadingMaterialsAndReportsAreNotTransitions() {
		QualificationApplication accepted = reached(ApplicationStatus.ACCEPTED);
		assertThatThrownBy(
				() -> accepted.perform(WorkflowAction.UPLOAD_MATERIAL, actor(OWNER), Details.NONE, later(1)))
			.isInstanceOf(IllegalArgumentException.class);
		QualificationApplication reviewing = reached(ApplicationStatus.DOC_REVIEW);
		assertThatThrownBy(
				() -> reviewing.perform(WorkflowAction.UPLOAD_REPORT, actor(ASSIGNED), Details.NONE, later(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	// -- what each party is offered in each state ----------------------------------------------------------------

	/**
	 * What each party may do in each state (written out from the manual; ACCEPTED without materials uploaded, so
	 * no submit-materials… unless none are missing: here the catalogue asks for nothing, so it is offered; the
	 * on-site review without a date, so no onsite-pass). A party not named is offered nothing.
	 */
	private static final Map<ApplicationStatus, Map<PlatformPrincipal, String>> OFFERED = Map.ofEntries(
			Map.entry(ApplicationStatus.SUBMITTED, Map.of(OWNER, "cancel", ORG, "accept return")),
			Map.entry(ApplicationStatus.RETURNED, Map.of(OWNER, "resubmit cancel")),
			Map.entry(ApplicationStatus.ACCEPTED,
					Map.of(OWNER, "cancel upload-material submit-materials", ORG, "assign-reviewer")),
			Map.entry(ApplicationStatus.DOC_REVIEW,
					Map.of(ORG, "assign-reviewer", ASSIGNED, "upload-report doc-pass doc-fail propose-termination")),
			Map.entry(ApplicationStatus.DOC_RECTIFICATION, Map.of(OWNER, "rectify", ORG, "assign-reviewer")),
			Map.entry(ApplicationStatus.ONSITE_REVIEW, Map.of(ORG, "assign-reviewer", ASSIGNED,
					"upload-report schedule-onsite onsite-fail propose-termination")),
			Map.entry(ApplicationStatus.ONSITE_RECTIFICATION, Map.of(OWNER, "rectify", ORG, "assign-reviewer")),
			Map.entry(ApplicationStatus.TERMINATION_PROPOSED,
					Map.of(ORG, "confirm-termination decline-termination")),
			Map.entry(ApplicationStatus.ORG_CONFIRMATION, Map.of(ORG, "org-confirm")),
			Map.entry(ApplicationStatus.FINAL_REVIEW, Map.of(EXPERT, "approve reject")));

	/** The states in which each party may see the case at all (the expert from the final review on). */
	private static final Map<PlatformPrincipal, String> READS = Map.of(OWNER, "all", ORG, "all", ASSIGNED,
			"ACCEPTED DOC_REVIEW DOC_RECTIFICATION ONSITE_REVIEW ONSITE_RECTIFICATION TERMINATION_PROPOSED "
					+ "ORG_CONFIRMATION FINAL_REVIEW CERTIFIED REJECTED EXPIRED TERMINATED",
			EXPERT, "FINAL_REVIEW CERTIFIED REJECTED");

	@ParameterizedTest
	@EnumSource(ApplicationStatus.class)
	void eachPartyIsOfferedExactlyWhatTheManualAllowsInTheState(ApplicationStatus state) {
		QualificationApplication a = reached(state);
		for (PlatformPrincipal who : List.of(OWNER, ORG, ASSIGNED, EXPERT)) {
			List<String> offered = a.availableActions(who, Check.Situation.at(later(1)))
				.stream()
				.map(WorkflowAction::code)
				.toList();
			String expected = OFFERED.getOrDefault(state, Map.of()).getOrDefault(who, "");
			assertThat(offered).as("%s in %s", who.username(), state)
				.containsExactlyInAnyOrderElementsOf(words(expected));
		}
	}

	/** The one exception: in the on-site review without a date, onsite-pass is refused by its check, not the state. */
	@ParameterizedTest
	@EnumSource(ApplicationStatus.class)
	void everyOtherActionIsRefusedForTheStateOrAsNotFoundToWhoMayNotSeeTheCase(ApplicationStatus state) {
		QualificationApplication a = reached(state);
		List<String> wrong = new ArrayList<>();
		for (PlatformPrincipal who : List.of(OWNER, ORG, ASSIGNED, EXPERT)) {
			List<String> allowed = words(OFFERED.getOrDefault(state, Map.of()).getOrDefault(who, ""));
			boolean reads = READS.get(who).equals("all") || words(READS.get(who)).contains(state.name());
			for (String code : ACTIONS_BY_ROLE.get(who.role()).split(" ")) {
				if (allowed.contains(code)) {
					continue;
				}
				WorkflowAction action = WorkflowAction.byCode(code).orElseThrow();
				Refusal expected = !reads ? new Refusal(Refusal.Kind.NOT_A_PARTY, "error.notFound", List.of())
						: state == ApplicationStatus.ONSITE_REVIEW && action == WorkflowAction.ONSITE_PASS
								? new Refusal(Refusal.Kind.CHECK, "application.guard.onsiteScheduled", List.of())
								: new Refusal(Refusal.Kind.STATE, "application.action.state", List.of(action, state));
				var got = a.refusal(action, who, Check.Situation.at(later(1)));
				if (!got.equals(java.util.Optional.of(expected))) {
					wrong.add(who.username() + " " + code + ": " + got.orElse(null));
				}
			}
		}
		assertThat(wrong).as("refusals in %s", state).isEmpty();
	}

	/** The actions each role does somewhere in the workflow (manual 3.4). */
	private static final Map<Role, String> ACTIONS_BY_ROLE = Map.of(
			Role.ENTERPRISE, "resubmit cancel upload-material submit-materials rectify",
			Role.REVIEW_ORG, "accept return assign-reviewer confirm-termination decline-termination org-confirm",
			Role.REVIEWER, "upload-report doc-pass doc-fail schedule-onsite onsite-pass onsite-fail propose-termination",
			Role.EXPERT, "approve reject");

	@Test
	void performingAnActionTheStateDoesNotAllowIsRefusedWithAConflictAndChangesNothing() {
		QualificationApplication a = reached(ApplicationStatus.SUBMITTED);
		assertThatThrownBy(() -> a.perform(WorkflowAction.DOC_PASS, actor(ASSIGNED), Details.NONE, later(1)))
			.isInstanceOf(ConflictException.class)
			.hasMessage("application.action.state");
		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(a.getHistory()).hasSize(1);
	}

	// -- wrong role, not a party -----------------------------------------------------------------------------------

	@Test
	void aRoleThatNeverDoesTheActionIsRefusedWhateverTheState() {
		QualificationApplication a = reached(ApplicationStatus.SUBMITTED);
		assertThat(a.refusal(WorkflowAction.ACCEPT, OWNER, Check.Situation.at(later(1))))
			.contains(new Refusal(Refusal.Kind.ROLE, "application.action.role", List.of()));
		assertThat(a.refusal(WorkflowAction.CANCEL, ORG, Check.Situation.at(later(1))))
			.contains(new Refusal(Refusal.Kind.ROLE, "application.action.role", List.of()));
		assertThat(a.refusal(WorkflowAction.ACCEPT, null, Check.Situation.at(later(1))))
			.contains(new Refusal(Refusal.Kind.ROLE, "application.action.role", List.of()));
	}

	@Test
	void anotherEnterpriseOrganisationOrReviewerIsNotAPartyAndIsAnsweredAsIfTheCaseDidNotExist() {
		Refusal notFound = new Refusal(Refusal.Kind.NOT_A_PARTY, "error.notFound", List.of());
		assertThat(reached(ApplicationStatus.SUBMITTED).refusal(WorkflowAction.CANCEL, OTHER_ENTERPRISE,
				Check.Situation.at(later(1)))).contains(notFound);
		assertThat(reached(ApplicationStatus.SUBMITTED).refusal(WorkflowAction.ACCEPT, OTHER_ORG,
				Check.Situation.at(later(1)))).contains(notFound);
		assertThat(reached(ApplicationStatus.DOC_REVIEW).refusal(WorkflowAction.DOC_PASS, OTHER_REVIEWER,
				Check.Situation.at(later(1)))).contains(notFound);
		// not a party even where the state would refuse the action: no refusal tells the state to a stranger
		assertThat(reached(ApplicationStatus.CERTIFIED).refusal(WorkflowAction.CANCEL, OTHER_ENTERPRISE,
				Check.Situation.at(later(1)))).contains(notFound);
	}

	// -- each named check --------------------------------------------------------------------------------------------

	@Test
	void materialsCannotBeSubmittedWhileARequiredItemIsMissing() {
		QualificationApplication a = reached(ApplicationStatus.ACCEPTED);
		Check.Situation missing = new Check.Situation(later(1),
				() -> List.of(Check.item(new MaterialItem("M01", 1, "营业执照", true, "PDF", false)),
						Check.item(new MaterialItem("M03", 3, "组织机构", true, "PDF", false))));

		Refusal refusal = a.refusal(WorkflowAction.SUBMIT_MATERIALS, OWNER, missing).orElseThrow();
		assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CHECK);
		assertThat(refusal.messageKey()).isEqualTo("application.materials.missing");
		// the items as the reader reads them: （一） in Chinese, (1) in English (the titles are catalogue data)
		var bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("i18n/application");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		Object[] args = refusal.args().toArray();
		assertThat(bundles.getMessage(refusal.messageKey(), args, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("以下必需的申请材料尚未上传：（一）营业执照、（三）组织机构");
		assertThat(bundles.getMessage(refusal.messageKey(), args, Locale.ENGLISH))
			.isEqualTo("These required materials have not been uploaded: (1) 营业执照; (3) 组织机构");
	}

	@Test
	void expiresTheRightToSubmitOrUploadMaterialsSevenDaysAfterAcceptance() {
		QualificationApplication a = reached(ApplicationStatus.ACCEPTED);
		Refusal deadline = new Refusal(Refusal.Kind.CHECK, "application.guard.deadline", List.of());
		Instant accepted = a.getAcceptedAt();
		Instant lastMoment = accepted.plus(Duration.ofDays(7)).minusSeconds(1);
		Instant due = accepted.plus(Duration.ofDays(7));

		assertThat(a.refusal(WorkflowAction.UPLOAD_MATERIAL, OWNER, Check.Situation.at(lastMoment))).isEmpty();
		assertThat(a.refusal(WorkflowAction.SUBMIT_MATERIALS, OWNER, Check.Situation.at(lastMoment))).isEmpty();
		assertThat(a.refusal(WorkflowAction.UPLOAD_MATERIAL, OWNER, Check.Situation.at(due))).contains(deadline);
		assertThat(a.refusal(WorkflowAction.SUBMIT_MATERIALS, OWNER, Check.Situation.at(due))).contains(deadline);
	}

	@Test
	void theOnsiteReviewCannotBePassedBeforeADateIsScheduled() {
		QualificationApplication a = reached(ApplicationStatus.ONSITE_REVIEW);

		assertThat(a.refusal(WorkflowAction.ONSITE_PASS, ASSIGNED, Check.Situation.at(later(1))))
			.contains(new Refusal(Refusal.Kind.CHECK, "application.guard.onsiteScheduled", List.of()));
	}

	@Test
	void theApplicationCannotBeCancelledOnceAMaterialIsUploaded() {
		QualificationApplication a = reached(ApplicationStatus.ACCEPTED);
		a.putMaterial("M01", UUID.fromString("00000000-0000-0000-0000-000000000001"), "营业执照.pdf", 1024, later(1));

		assertThat(a.refusal(WorkflowAction.CANCEL, OWNER, Check.Situation.at(later(1))))
			.contains(new Refusal(Refusal.Kind.CHECK, "application.guard.noMaterialsUploaded", List.of()));
	}

	@Test
	void aRenewalIsAcceptedOnlyUntilTheExpiryDayOfTheCertificateItRenews() {
		LocalDate expiry = LocalDate.of(2026, 3, 10);
		QualificationApplication renewal = QualificationApplication.submit(ENTERPRISE, "测试企业", "110000",
				Industry.FINANCE, new LevelPolicy.Derivation(ApplicationKind.RENEWAL, Level.LEVEL_2, 9L, "CCIAIS-9",
						expiry, null),
				REVIEW_ORG, CONSULTING_ORG, actor(OWNER), SUBMITTED_AT);
		// 2026-03-10 23:30 and 2026-03-11 00:30 in Beijing
		Instant lastEvening = Instant.parse("2026-03-10T15:30:00Z");
		Instant nextMorning = Instant.parse("2026-03-10T16:30:00Z");

		assertThat(renewal.refusal(WorkflowAction.ACCEPT, ORG, Check.Situation.at(lastEvening))).isEmpty();
		assertThat(renewal.refusal(WorkflowAction.ACCEPT, ORG, Check.Situation.at(nextMorning))).contains(
				new Refusal(Refusal.Kind.CHECK, "application.guard.renewalBeforeExpiry", List.of("2026-03-10")));
	}

	// -- effects and events ------------------------------------------------------------------------------------------

	@Test
	void acceptingStartsTheSevenDayMaterialsPeriodAndTellsWhoIsAwaited() {
		QualificationApplication a = fresh();
		a.clearDomainEvents();
		Instant acceptedAt = Instant.parse("2026-03-03T01:00:00Z");

		a.perform(WorkflowAction.ACCEPT, actor(ORG), opinion("同意受理"), acceptedAt);

		assertThat(a.getAcceptedAt()).isEqualTo(acceptedAt);
		assertThat(a.getMaterialsDueAt()).isEqualTo(Instant.parse("2026-03-10T01:00:00Z"));
		assertThat(a.domainEvents()).containsExactly(ApplicationStateChanged
			.of(new ApplicationId(7), new EnterpriseId(ENTERPRISE), Industry.FINANCE, Level.LEVEL_3)
			.organisations(new OrganizationId(REVIEW_ORG), new OrganizationId(CONSULTING_ORG))
			.moved(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED, "accept")
			.by("pingshen", Role.REVIEW_ORG)
			.opinion("同意受理")
			.at(acceptedAt)
			.materialsDueAt(Instant.parse("2026-03-10T01:00:00Z"))
			.awaiting(Set.of(Party.OWNER))
			.build());
	}

	@Test
	void theSubmissionIsAnnouncedWithTheReviewOrganisationAwaited() {
		QualificationApplication a = fresh();

		assertThat(a.domainEvents()).containsExactly(ApplicationStateChanged
			.of(new ApplicationId(7), new EnterpriseId(ENTERPRISE), Industry.FINANCE, Level.LEVEL_3)
			.organisations(new OrganizationId(REVIEW_ORG), new OrganizationId(CONSULTING_ORG))
			.moved(null, ApplicationStatus.SUBMITTED, "submit")
			.by("qiye", Role.ENTERPRISE)
			.at(SUBMITTED_AT)
			.awaiting(Set.of(Party.REVIEW_ORG))
			.build());
		a.clearDomainEvents();
		assertThat(a.domainEvents()).isEmpty();
	}

	@Test
	void eachEventTellsTheCaseAsItWasRightAfterItsStepEvenWhenSavedLater() {
		QualificationApplication a = fresh();
		a.perform(WorkflowAction.ACCEPT, actor(ORG), Details.NONE, later(1));

		List<Object> events = a.domainEvents();

		assertThat(events).extracting(e -> ((ApplicationStateChanged) e).awaiting())
			.containsExactly(Set.of(Party.REVIEW_ORG), Set.of(Party.OWNER));
		assertThat(events).extracting(e -> ((ApplicationStateChanged) e).materialsDueAt())
			.containsExactly(null, later(8));
	}

	@Test
	void aReviewAwaitsTheReviewOrganisationUntilAReviewerIsAssignedThenTheReviewer() {
		QualificationApplication a = fresh();
		a.perform(WorkflowAction.ACCEPT, actor(ORG), Details.NONE, later(1));
		a.perform(WorkflowAction.SUBMIT_MATERIALS, actor(OWNER), Details.NONE, later(2));
		assertThat(a.awaiting()).containsExactly(Party.REVIEW_ORG);

		a.perform(WorkflowAction.ASSIGN_REVIEWER, actor(ORG), new Details(null, REVIEWER, null, null), later(2));

		assertThat(a.getStatus()).isEqualTo(ApplicationStatus.DOC_REVIEW);
		assertThat(a.getReviewerAccountId()).isEqualTo(REVIEWER);
		assertThat(a.awaiting()).containsExactly(Party.ASSIGNED_REVIEWER);
		assertThat(a.getMaterialsSubmittedAt()).isEqualTo(later(2));
	}

	@Test
	void anApprovalAlsoAnnouncesTheApprovedApplicationForItsCertificate() {
		QualificationApplication a = reached(ApplicationStatus.FINAL_REVIEW);
		a.clearDomainEvents();

		a.perform(WorkflowAction.APPROVE, actor(EXPERT), Details.NONE, later(20));

		assertThat(a.domainEvents()).hasSize(2);
		assertThat(a.domainEvents().get(1)).isEqualTo(new ApplicationApproved(7, ENTERPRISE, Industry.FINANCE,
				Level.LEVEL_3, REVIEW_ORG, CONSULTING_ORG, later(20), null));
		assertThat(((ApplicationStateChanged) a.domainEvents().get(0)).awaiting()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "CERTIFIED", "REJECTED", "CANCELLED", "EXPIRED", "TERMINATED" })
	void anEndedCaseFreesItsIndustryForANewApplication(ApplicationStatus ended) {
		QualificationApplication a = reached(ended);

		assertThat(a.getClosedAt()).isNotNull();
		assertThat(ReflectionTestUtils.getField(a, "openIndustry")).isNull();
		assertThat(a.awaiting()).isEmpty();
		assertThat(ended.isClosed()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SUBMITTED", "RETURNED", "ACCEPTED", "DOC_REVIEW", "DOC_RECTIFICATION", "ONSITE_REVIEW",
			"ONSITE_RECTIFICATION", "TERMINATION_PROPOSED", "ORG_CONFIRMATION", "FINAL_REVIEW" })
	void anOpenCaseKeepsItsIndustry(ApplicationStatus open) {
		QualificationApplication a = reached(open);

		assertThat(a.getClosedAt()).isNull();
		assertThat(ReflectionTestUtils.getField(a, "openIndustry")).isEqualTo(Industry.FINANCE);
		assertThat(open.isClosed()).isFalse();
	}

	// -- fixtures ------------------------------------------------------------------------------------------------------

	private static Arguments row(String from, String action, String who, String to) {
		PlatformPrincipal party = switch (who) {
			case "OWNER" -> OWNER;
			case "ORG" -> ORG;
			case "ASSIGNED" -> ASSIGNED;
			case "EXPERT" -> EXPERT;
			default -> throw new IllegalArgumentException(who);
		};
		return Arguments.of(ApplicationStatus.valueOf(from), WorkflowAction.byCode(action).orElseThrow(), party,
				ApplicationStatus.valueOf(to));
	}

	private static QualificationApplication fresh() {
		QualificationApplication a = QualificationApplication.submit(ENTERPRISE, "测试企业", "110000", Industry.FINANCE,
				LevelPolicy.Derivation.of(ApplicationKind.INITIAL, Level.LEVEL_3), REVIEW_ORG, CONSULTING_ORG,
				actor(OWNER), SUBMITTED_AT);
		ReflectionTestUtils.setField(a, "id", 7L);
		return a;
	}

	/** A case brought to the state by its path, each step a minute after the previous one. */
	private static QualificationApplication reached(ApplicationStatus state) {
		QualificationApplication a = fresh();
		int minute = 0;
		for (String code : words(PATHS.get(state))) {
			WorkflowAction action = WorkflowAction.byCode(code).orElseThrow();
			a.perform(action, actorFor(action), details(action), SUBMITTED_AT.plusSeconds(60L * ++minute));
		}
		assertThat(a.getStatus()).isEqualTo(state);
		return a;
	}

	private static Actor actorFor(WorkflowAction action) {
		return switch (action) {
			case RESUBMIT, CANCEL, SUBMIT_MATERIALS, RECTIFY -> actor(OWNER);
			case ACCEPT, RETURN, ASSIGN_REVIEWER, CONFIRM_TERMINATION, DECLINE_TERMINATION, ORG_CONFIRM -> actor(ORG);
			case DOC_PASS, DOC_FAIL, SCHEDULE_ONSITE, ONSITE_PASS, ONSITE_FAIL, PROPOSE_TERMINATION -> actor(ASSIGNED);
			case APPROVE, REJECT -> actor(EXPERT);
			default -> Actor.SYSTEM;
		};
	}

	private static Details details(WorkflowAction action) {
		return switch (action) {
			case ASSIGN_REVIEWER -> new Details(null, REVIEWER, null, null);
			case SCHEDULE_ONSITE -> new Details(null, null, LocalDate.of(2026, 4, 1), null);
			case RETURN, DOC_FAIL, ONSITE_FAIL, PROPOSE_TERMINATION -> opinion("意见");
			default -> Details.NONE;
		};
	}

	private static Details opinion(String text) {
		return new Details(text, null, null, null);
	}

	private static Actor actor(PlatformPrincipal who) {
		return Actor.of(who);
	}

	/** A day (and a minute) after submission. */
	private static Instant later(int days) {
		return SUBMITTED_AT.plus(Duration.ofDays(days));
	}

	private static List<String> words(String s) {
		return s.isBlank() ? List.of() : Arrays.asList(s.trim().split(" +"));
	}
}
