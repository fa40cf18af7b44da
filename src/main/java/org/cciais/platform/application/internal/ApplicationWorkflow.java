package org.cciais.platform.application.internal;

import static org.cciais.platform.application.ApplicationStatus.ACCEPTED;
import static org.cciais.platform.application.ApplicationStatus.CANCELLED;
import static org.cciais.platform.application.ApplicationStatus.CERTIFIED;
import static org.cciais.platform.application.ApplicationStatus.DOC_RECTIFICATION;
import static org.cciais.platform.application.ApplicationStatus.DOC_REVIEW;
import static org.cciais.platform.application.ApplicationStatus.EXPIRED;
import static org.cciais.platform.application.ApplicationStatus.FINAL_REVIEW;
import static org.cciais.platform.application.ApplicationStatus.ONSITE_RECTIFICATION;
import static org.cciais.platform.application.ApplicationStatus.ONSITE_REVIEW;
import static org.cciais.platform.application.ApplicationStatus.ORG_CONFIRMATION;
import static org.cciais.platform.application.ApplicationStatus.REJECTED;
import static org.cciais.platform.application.ApplicationStatus.RETURNED;
import static org.cciais.platform.application.ApplicationStatus.SUBMITTED;
import static org.cciais.platform.application.ApplicationStatus.TERMINATED;
import static org.cciais.platform.application.ApplicationStatus.TERMINATION_PROPOSED;
import static org.cciais.platform.application.Party.ANY_EXPERT;
import static org.cciais.platform.application.Party.ASSIGNED_REVIEWER;
import static org.cciais.platform.application.Party.OWNER;
import static org.cciais.platform.application.Party.REVIEW_ORG;
import static org.cciais.platform.application.Party.SYSTEM;
import static org.cciais.platform.application.WorkflowAction.APPROVE;
import static org.cciais.platform.application.WorkflowAction.ASSIGN_REVIEWER;
import static org.cciais.platform.application.WorkflowAction.CANCEL;
import static org.cciais.platform.application.WorkflowAction.CONFIRM_TERMINATION;
import static org.cciais.platform.application.WorkflowAction.DECLINE_TERMINATION;
import static org.cciais.platform.application.WorkflowAction.DOC_FAIL;
import static org.cciais.platform.application.WorkflowAction.DOC_PASS;
import static org.cciais.platform.application.WorkflowAction.EXPIRE;
import static org.cciais.platform.application.WorkflowAction.ONSITE_FAIL;
import static org.cciais.platform.application.WorkflowAction.ONSITE_PASS;
import static org.cciais.platform.application.WorkflowAction.ORG_CONFIRM;
import static org.cciais.platform.application.WorkflowAction.PROPOSE_TERMINATION;
import static org.cciais.platform.application.WorkflowAction.RECTIFY;
import static org.cciais.platform.application.WorkflowAction.REJECT;
import static org.cciais.platform.application.WorkflowAction.RESUBMIT;
import static org.cciais.platform.application.WorkflowAction.SCHEDULE_ONSITE;
import static org.cciais.platform.application.WorkflowAction.SUBMIT;
import static org.cciais.platform.application.WorkflowAction.SUBMIT_MATERIALS;
import static org.cciais.platform.application.WorkflowAction.UPLOAD_MATERIAL;
import static org.cciais.platform.application.WorkflowAction.UPLOAD_REPORT;
import static org.cciais.platform.application.internal.Check.beforeMaterialsDeadline;
import static org.cciais.platform.application.internal.Check.materialsComplete;
import static org.cciais.platform.application.internal.Check.noMaterialsUploaded;
import static org.cciais.platform.application.internal.Check.onsiteScheduled;
import static org.cciais.platform.application.internal.Check.renewalBeforeExpiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.Party;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.application.internal.QualificationApplication.Details;
import org.cciais.platform.shared.Labelled;
import org.cciais.platform.shared.PlatformPrincipal;

/**
 * THE workflow of the qualification application (manual 3.3–3.4, DESIGN.md state machine), in two tables read by
 * everything that needs it: the transitions (who does what from which state to which, under which named
 * {@link Check}, taking which inputs, with which effect on the case) and the states (ended or not, the progress
 * stage of figure 5 the timeline shows, whether the case was set back there, whose action it awaits). The
 * aggregate ({@link QualificationApplication}) performs the rows; {@code ApplicationManagement} authorises with
 * {@link #refusal}; the API's {@code availableActions} and every page button come from {@link #available}; the
 * deadline sweep, the timeline, the workbench tabs, the notifications (through {@code awaiting} in the event) and
 * {@link ApplicationStatus#isClosed()} read the state table. Changing a rule of the workflow is changing a row
 * here.
 */
public final class ApplicationWorkflow {

	/** The steps of figure 5 (资质申请流程); each is passed by the action that ends it. */
	public enum Stage implements Labelled {
		FILING(SUBMIT), ACCEPTANCE(WorkflowAction.ACCEPT), MATERIALS(SUBMIT_MATERIALS), DOCUMENT_REVIEW(DOC_PASS),
		ONSITE_REVIEW(ONSITE_PASS), ORG_CONFIRMATION(ORG_CONFIRM), FINAL_REVIEW(APPROVE), COMPLETION(null);

		private final WorkflowAction passedBy;

		Stage(WorkflowAction passedBy) {
			this.passedBy = passedBy;
		}

		/** The action whose history entry shows the stage passed; null for the last (passed by being CERTIFIED). */
		public WorkflowAction passedBy() {
			return passedBy;
		}

		@Override
		public String messagePrefix() {
			return "application.stage";
		}
	}

	/** How the timeline marks the stage a state is in. */
	public enum Mark {
		/** the case is being handled there */
		CURRENT,
		/** sent back there, or ended there without a certificate */
		SET_BACK,
		/** the stage is passed (the end of a certified case) */
		PASSED
	}

	public enum Opinion {
		NONE, OPTIONAL, REQUIRED
	}

	/** An input an action needs beyond the opinion. */
	public enum Input {
		/** the reviewer to assign ({@code reviewerId}) */
		REVIEWER,
		/** the on-site review day ({@code onsiteDate}) */
		ONSITE_DATE
	}

	/** What a transition does to the case beyond changing its state. */
	@FunctionalInterface
	interface Effect {

		Effect NONE = (a, details, now) -> {
		};

		void apply(QualificationApplication application, Details details, Instant now);
	}

	/**
	 * One row of the transition table.
	 *
	 * @param from the states it is allowed in (empty for the creation)
	 * @param to the state it leads to; null for a row that stays ({@code staying}) or goes back to the review a
	 * termination was proposed from ({@code backToTheReview})
	 * @param changesState false for the two permissions that are not transitions (they write no history)
	 */
	public record Transition(WorkflowAction action, Party party, Set<ApplicationStatus> from, ApplicationStatus to,
			boolean backToTheReview, List<Check> checks, Opinion opinion, boolean takesReport, Set<Input> inputs,
			Effect effect, boolean changesState) {

		/** The state after the action from {@code current} ({@code returnTo}: where a termination came from). */
		public ApplicationStatus target(ApplicationStatus current, ApplicationStatus returnTo) {
			if (backToTheReview) {
				return returnTo;
			}
			return to == null ? current : to;
		}
	}

	/** One row of the state table. */
	public record State(ApplicationStatus status, boolean ended, Stage stage, Mark mark, Party awaiting) {

		/** Null stage: the one the case stopped in (a cancellation or a termination), read from its history. */
		public boolean inStageItStoppedIn() {
			return stage == null;
		}
	}

	private static final List<Transition> TRANSITIONS = Stream.of(
			// 提交资质申请 (manual 3.3.2): the creation, from no application
			transition(SUBMIT).by(OWNER).to(SUBMITTED),
			// 受理 (3.4.1); a renewal only until the renewed certificate's expiry day
			transition(WorkflowAction.ACCEPT).by(REVIEW_ORG).from(SUBMITTED).to(ACCEPTED)
				.when(renewalBeforeExpiry()).opinion(Opinion.OPTIONAL)
				.then((a, details, now) -> a.startMaterialsPeriod(now)),
			transition(WorkflowAction.RETURN).by(REVIEW_ORG).from(SUBMITTED).to(RETURNED).opinion(Opinion.REQUIRED),
			// 修改申请信息并重新提交: also PUT /api/v1/applications/{id}
			transition(RESUBMIT).by(OWNER).from(RETURNED).to(SUBMITTED),
			// only before any material is uploaded (3.4.1 note 1)
			transition(CANCEL).by(OWNER).from(SUBMITTED, RETURNED, ACCEPTED).to(CANCELLED)
				.when(noMaterialsUploaded()).opinion(Opinion.OPTIONAL),
			// 上传/替换申请材料 (暂存, 3.4.2): a permission, not a transition
			permission(UPLOAD_MATERIAL).by(OWNER).in(ACCEPTED).when(beforeMaterialsDeadline()),
			transition(SUBMIT_MATERIALS).by(OWNER).from(ACCEPTED).to(DOC_REVIEW).when(materialsComplete())
				.then((a, details, now) -> a.recordMaterialsSubmitted(now)),
			// the deadline job: 7 days after acceptance without submitted materials (3.4.2)
			transition(EXPIRE).by(SYSTEM).from(ACCEPTED).to(EXPIRED),
			transition(ASSIGN_REVIEWER).by(REVIEW_ORG)
				.from(ACCEPTED, DOC_REVIEW, DOC_RECTIFICATION, ONSITE_REVIEW, ONSITE_RECTIFICATION).staying()
				.needs(Input.REVIEWER).opinion(Opinion.OPTIONAL)
				.then((a, details, now) -> a.assignReviewer(details.reviewerAccountId())),
			// 上传评审报告 (PDF) for a coming decision: a permission, not a transition
			permission(UPLOAD_REPORT).by(ASSIGNED_REVIEWER).in(DOC_REVIEW, ONSITE_REVIEW),
			transition(DOC_PASS).by(ASSIGNED_REVIEWER).from(DOC_REVIEW).to(ONSITE_REVIEW).opinion(Opinion.OPTIONAL)
				.withReport(),
			transition(DOC_FAIL).by(ASSIGNED_REVIEWER).from(DOC_REVIEW).to(DOC_RECTIFICATION)
				.opinion(Opinion.REQUIRED).withReport(),
			// 上传整改文件 (RAR) sends the case back to the review that failed it (3.4.4, 3.4.5)
			transition(RECTIFY).by(OWNER).from(DOC_RECTIFICATION).to(DOC_REVIEW),
			transition(RECTIFY).by(OWNER).from(ONSITE_RECTIFICATION).to(ONSITE_REVIEW),
			transition(SCHEDULE_ONSITE).by(ASSIGNED_REVIEWER).from(ONSITE_REVIEW).staying().needs(Input.ONSITE_DATE)
				.opinion(Opinion.OPTIONAL).then((a, details, now) -> a.scheduleOnsite(details.onsiteDate())),
			transition(ONSITE_PASS).by(ASSIGNED_REVIEWER).from(ONSITE_REVIEW).to(ORG_CONFIRMATION)
				.when(onsiteScheduled()).opinion(Opinion.OPTIONAL).withReport(),
			transition(ONSITE_FAIL).by(ASSIGNED_REVIEWER).from(ONSITE_REVIEW).to(ONSITE_RECTIFICATION)
				.opinion(Opinion.REQUIRED).withReport(),
			transition(PROPOSE_TERMINATION).by(ASSIGNED_REVIEWER).from(DOC_REVIEW, ONSITE_REVIEW)
				.to(TERMINATION_PROPOSED).opinion(Opinion.REQUIRED).withReport()
				.then((a, details, now) -> a.rememberReviewBeforeTermination()),
			transition(CONFIRM_TERMINATION).by(REVIEW_ORG).from(TERMINATION_PROPOSED).to(TERMINATED)
				.opinion(Opinion.OPTIONAL).then((a, details, now) -> a.forgetReviewBeforeTermination()),
			transition(DECLINE_TERMINATION).by(REVIEW_ORG).from(TERMINATION_PROPOSED).backToTheReview()
				.opinion(Opinion.OPTIONAL).then((a, details, now) -> a.forgetReviewBeforeTermination()),
			transition(ORG_CONFIRM).by(REVIEW_ORG).from(ORG_CONFIRMATION).to(FINAL_REVIEW).opinion(Opinion.OPTIONAL),
			transition(APPROVE).by(ANY_EXPERT).from(FINAL_REVIEW).to(CERTIFIED).opinion(Opinion.OPTIONAL),
			transition(REJECT).by(ANY_EXPERT).from(FINAL_REVIEW).to(REJECTED).opinion(Opinion.OPTIONAL))
		.map(TransitionBuilder::build)
		.toList();

	private static final List<State> STATES = Stream.of(
			status(SUBMITTED).at(Stage.ACCEPTANCE).awaiting(REVIEW_ORG),
			status(RETURNED).setBackAt(Stage.ACCEPTANCE).awaiting(OWNER),
			status(ACCEPTED).at(Stage.MATERIALS).awaiting(OWNER),
			// the review organisation is awaited instead while no reviewer is assigned
			status(DOC_REVIEW).at(Stage.DOCUMENT_REVIEW).awaiting(ASSIGNED_REVIEWER),
			status(DOC_RECTIFICATION).setBackAt(Stage.DOCUMENT_REVIEW).awaiting(OWNER),
			status(ONSITE_REVIEW).at(Stage.ONSITE_REVIEW).awaiting(ASSIGNED_REVIEWER),
			status(ONSITE_RECTIFICATION).setBackAt(Stage.ONSITE_REVIEW).awaiting(OWNER),
			status(TERMINATION_PROPOSED).setBackWhereItStopped().awaiting(REVIEW_ORG),
			status(ORG_CONFIRMATION).at(Stage.ORG_CONFIRMATION).awaiting(REVIEW_ORG),
			status(FINAL_REVIEW).at(Stage.FINAL_REVIEW).awaiting(ANY_EXPERT),
			status(CERTIFIED).completed(),
			status(REJECTED).endedAt(Stage.FINAL_REVIEW),
			status(CANCELLED).endedWhereItStopped(),
			status(EXPIRED).endedAt(Stage.MATERIALS),
			status(TERMINATED).endedWhereItStopped())
		.map(StateBuilder::build)
		.toList();

	private static final Map<ApplicationStatus, State> BY_STATUS = new EnumMap<>(ApplicationStatus.class);

	static {
		STATES.forEach(s -> BY_STATUS.put(s.status(), s));
		if (BY_STATUS.size() != ApplicationStatus.values().length) {
			throw new IllegalStateException("every state needs its row in the state table");
		}
	}

	private ApplicationWorkflow() {
	}

	/** The rows of the transition table, in the order of the manual. */
	public static List<Transition> transitions() {
		return TRANSITIONS;
	}

	/** The row of the action allowed in the state, if any. */
	public static Optional<Transition> transition(WorkflowAction action, ApplicationStatus status) {
		return TRANSITIONS.stream().filter(t -> t.action() == action && t.from().contains(status)).findFirst();
	}

	/** The party that may do the action (the same in each of its rows). */
	public static Party party(WorkflowAction action) {
		return rowsOf(action).get(0).party();
	}

	/** The opinion, report and inputs the action takes (the same in each of its rows). */
	public static Transition inputsOf(WorkflowAction action) {
		return rowsOf(action).get(0);
	}

	/** The states the action is allowed in. */
	public static Set<ApplicationStatus> statesAllowing(WorkflowAction action) {
		Set<ApplicationStatus> states = EnumSet.noneOf(ApplicationStatus.class);
		rowsOf(action).forEach(t -> states.addAll(t.from()));
		return Collections.unmodifiableSet(states);
	}

	public static State state(ApplicationStatus status) {
		return BY_STATUS.get(status);
	}

	/** The states whose row matches, in the order of the state table. */
	public static Set<ApplicationStatus> states(Predicate<State> which) {
		Set<ApplicationStatus> states = EnumSet.noneOf(ApplicationStatus.class);
		STATES.stream().filter(which).forEach(s -> states.add(s.status()));
		return Collections.unmodifiableSet(states);
	}

	/** The states in which the 7-day materials deadline runs: those the deadline job expires. */
	public static Set<ApplicationStatus> materialsDeadlineRunsIn() {
		return statesAllowing(EXPIRE);
	}

	/** The expert committee sees a case once it has reached the final review. */
	public static Set<ApplicationStatus> expertVisible() {
		return states(s -> s.stage() == Stage.FINAL_REVIEW || s.stage() == Stage.COMPLETION);
	}

	/**
	 * Whose action a case in the state awaits, empty once ended: the state's party, the review organisation while
	 * a reviewer is awaited and none is assigned.
	 */
	public static Set<Party> awaiting(ApplicationStatus status, Long reviewerAccountId) {
		Party party = state(status).awaiting();
		if (party == null) {
			return Set.of();
		}
		return Set.of(party == ASSIGNED_REVIEWER && reviewerAccountId == null ? REVIEW_ORG : party);
	}

	/** May the caller see the case at all (else 404)? */
	public static boolean mayRead(QualificationApplication a, PlatformPrincipal me) {
		if (me == null) {
			return false;
		}
		return switch (me.role()) {
			case ENTERPRISE -> isParty(OWNER, a, me);
			case REVIEW_ORG -> isParty(REVIEW_ORG, a, me);
			case REVIEWER -> isParty(ASSIGNED_REVIEWER, a, me);
			case CONSULTANT -> me.organizationId() != null && Objects.equals(a.getConsultingOrgId(), me.organizationId());
			case EXPERT -> expertVisible().contains(a.getStatus());
			case ADMIN -> true;
			case PERSON -> false;
		};
	}

	/** Is the caller the party of the case (the role is checked separately)? */
	public static boolean isParty(Party party, QualificationApplication a, PlatformPrincipal me) {
		return switch (party) {
			case OWNER -> me.enterpriseId() != null && a.getEnterpriseId() == me.enterpriseId();
			case REVIEW_ORG -> me.organizationId() != null && a.getReviewOrgId() == me.organizationId();
			case ASSIGNED_REVIEWER -> Objects.equals(a.getReviewerAccountId(), me.accountId());
			case ANY_EXPERT -> true;
			case SYSTEM -> false;
		};
	}

	/**
	 * Why the caller may not do the action on the case now, checked in this order: the role (403), that the caller
	 * may see the case and is the party the action names (404, whatever the state, so that no refusal tells the
	 * state to someone who may not see it), the state (409), then each check of the row (409).
	 */
	public static Optional<Refusal> refusal(WorkflowAction action, QualificationApplication a, PlatformPrincipal me,
			Check.Situation situation) {
		Party party = party(action);
		if (me == null || party.role() == null || me.role() != party.role()) {
			return Optional.of(Refusal.of(Refusal.Kind.ROLE, "application.action.role"));
		}
		if (!mayRead(a, me) || !isParty(party, a, me)) {
			return Optional.of(Refusal.of(Refusal.Kind.NOT_A_PARTY, "error.notFound"));
		}
		return refusalInState(action, a, situation);
	}

	/** The state (409) and the checks of the row (409), for whoever does the action. */
	static Optional<Refusal> refusalInState(WorkflowAction action, QualificationApplication a,
			Check.Situation situation) {
		Optional<Transition> row = transition(action, a.getStatus());
		if (row.isEmpty()) {
			return Optional.of(stateRefusal(action, a.getStatus()));
		}
		for (Check check : row.get().checks()) {
			Optional<Refusal> refused = check.refusal(a, situation);
			if (refused.isPresent()) {
				return refused;
			}
		}
		return Optional.empty();
	}

	static Refusal stateRefusal(WorkflowAction action, ApplicationStatus status) {
		return Refusal.of(Refusal.Kind.STATE, "application.action.state", action, status);
	}

	/** The actions the caller may do now on the case: every refusal above is absent. */
	public static List<WorkflowAction> available(QualificationApplication a, PlatformPrincipal me,
			Check.Situation situation) {
		List<WorkflowAction> actions = new ArrayList<>();
		if (me == null) {
			return actions;
		}
		for (WorkflowAction action : WorkflowAction.values()) {
			if (party(action).role() == me.role() && refusal(action, a, me, situation).isEmpty()) {
				actions.add(action);
			}
		}
		return actions;
	}

	private static List<Transition> rowsOf(WorkflowAction action) {
		List<Transition> rows = TRANSITIONS.stream().filter(t -> t.action() == action).toList();
		if (rows.isEmpty()) {
			throw new IllegalArgumentException(action + " has no row in the transition table");
		}
		return rows;
	}

	private static TransitionBuilder transition(WorkflowAction action) {
		return new TransitionBuilder(action, true);
	}

	private static TransitionBuilder permission(WorkflowAction action) {
		return new TransitionBuilder(action, false).staying();
	}

	private static StateBuilder status(ApplicationStatus status) {
		return new StateBuilder(status);
	}

	/** Builds a row with named fields; what is not said is none (no check, no opinion, no report, no effect). */
	private static final class TransitionBuilder {

		private final WorkflowAction action;
		private final boolean changesState;
		private Party party;
		private final Set<ApplicationStatus> from = EnumSet.noneOf(ApplicationStatus.class);
		private ApplicationStatus to;
		private boolean back;
		private final List<Check> checks = new ArrayList<>();
		private Opinion opinion = Opinion.NONE;
		private boolean report;
		private final Set<Input> inputs = EnumSet.noneOf(Input.class);
		private Effect effect = Effect.NONE;

		TransitionBuilder(WorkflowAction action, boolean changesState) {
			this.action = action;
			this.changesState = changesState;
		}

		TransitionBuilder by(Party who) {
			this.party = who;
			return this;
		}

		TransitionBuilder from(ApplicationStatus... states) {
			from.addAll(Arrays.asList(states));
			return this;
		}

		TransitionBuilder in(ApplicationStatus... states) {
			return from(states);
		}

		TransitionBuilder to(ApplicationStatus state) {
			this.to = state;
			return this;
		}

		TransitionBuilder staying() {
			this.to = null;
			return this;
		}

		TransitionBuilder backToTheReview() {
			this.back = true;
			return this;
		}

		TransitionBuilder when(Check check) {
			checks.add(check);
			return this;
		}

		TransitionBuilder opinion(Opinion taken) {
			this.opinion = taken;
			return this;
		}

		TransitionBuilder withReport() {
			this.report = true;
			return this;
		}

		TransitionBuilder needs(Input input) {
			inputs.add(input);
			return this;
		}

		TransitionBuilder then(Effect what) {
			this.effect = what;
			return this;
		}

		Transition build() {
			return new Transition(action, Objects.requireNonNull(party, "by"), Collections.unmodifiableSet(from), to,
					back, List.copyOf(checks), opinion, report, Collections.unmodifiableSet(inputs), effect,
					changesState);
		}
	}

	private static final class StateBuilder {

		private final ApplicationStatus status;
		private boolean ended;
		private Stage stage;
		private Mark mark;
		private Party awaiting;

		StateBuilder(ApplicationStatus status) {
			this.status = status;
		}

		StateBuilder at(Stage where) {
			return in(where, Mark.CURRENT);
		}

		StateBuilder setBackAt(Stage where) {
			return in(where, Mark.SET_BACK);
		}

		StateBuilder setBackWhereItStopped() {
			return in(null, Mark.SET_BACK);
		}

		StateBuilder awaiting(Party who) {
			this.awaiting = who;
			return this;
		}

		StateBuilder endedAt(Stage where) {
			ended = true;
			return in(where, Mark.SET_BACK);
		}

		StateBuilder endedWhereItStopped() {
			return endedAt(null);
		}

		StateBuilder completed() {
			ended = true;
			return in(Stage.COMPLETION, Mark.PASSED);
		}

		State build() {
			return new State(status, ended, stage, Objects.requireNonNull(mark, "stage"), awaiting);
		}

		private StateBuilder in(Stage where, Mark how) {
			this.stage = where;
			this.mark = how;
			return this;
		}
	}
}
