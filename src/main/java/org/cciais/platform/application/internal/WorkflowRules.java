package org.cciais.platform.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.application.WorkflowAction.Guard;
import org.cciais.platform.application.WorkflowAction.Party;
import org.cciais.platform.application.internal.MaterialPlanner.Plan;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.PlatformPrincipal;

/**
 * Reads the {@link WorkflowAction} table for one caller and one case: who is a party, whether a guard holds, and
 * therefore which actions are available. Nothing here adds a rule of its own.
 */
public final class WorkflowRules {

	/** The expert committee sees a case once it has reached the final review. */
	public static final Set<ApplicationStatus> EXPERT_VISIBLE = EnumSet.of(ApplicationStatus.FINAL_REVIEW,
			ApplicationStatus.CERTIFIED, ApplicationStatus.REJECTED);

	private WorkflowRules() {
	}

	/** May the caller see the case at all (else 404)? */
	public static boolean mayRead(QualificationApplication a, PlatformPrincipal me) {
		if (me == null) {
			return false;
		}
		return switch (me.role()) {
			case ENTERPRISE -> me.enterpriseId() != null && a.getEnterpriseId() == me.enterpriseId();
			case REVIEW_ORG -> me.organizationId() != null && a.getReviewOrgId() == me.organizationId();
			case REVIEWER -> Objects.equals(a.getReviewerAccountId(), me.accountId());
			case CONSULTANT -> me.organizationId() != null && Objects.equals(a.getConsultingOrgId(), me.organizationId());
			case EXPERT -> EXPERT_VISIBLE.contains(a.getStatus());
			case ADMIN -> true;
			case PERSON -> false;
		};
	}

	/** Is the caller the party of the case the action names (the role is checked separately)? */
	public static boolean isParty(Party party, QualificationApplication a, PlatformPrincipal me) {
		return switch (party) {
			case OWNER -> me.enterpriseId() != null && a.getEnterpriseId() == me.enterpriseId();
			case REVIEW_ORG -> me.organizationId() != null && a.getReviewOrgId() == me.organizationId();
			case ASSIGNED_REVIEWER -> Objects.equals(a.getReviewerAccountId(), me.accountId());
			case ANY_EXPERT -> true;
			case SYSTEM -> false;
		};
	}

	public static boolean guardHolds(Guard guard, QualificationApplication a, Supplier<Plan> plan, Instant now) {
		return switch (guard) {
			case NONE -> true;
			case BEFORE_MATERIALS_DEADLINE -> !a.materialsOverdue(now);
			case MATERIALS_COMPLETE -> !a.materialsOverdue(now) && plan.get().complete();
			case ONSITE_SCHEDULED -> a.getOnsiteDate() != null;
			case NO_MATERIALS_UPLOADED -> !a.hasUploadedMaterials();
			case RENEWAL_BEFORE_EXPIRY -> a.renewalAcceptable(LocalDate.ofInstant(now, PlatformClock.ZONE));
		};
	}

	/** The actions the caller may do now: role, party, state and guard of the table all hold. */
	public static List<WorkflowAction> available(QualificationApplication a, PlatformPrincipal me, Supplier<Plan> plan,
			Instant now) {
		List<WorkflowAction> actions = new ArrayList<>();
		if (me == null) {
			return actions;
		}
		for (WorkflowAction action : WorkflowAction.values()) {
			if (action.role() == me.role() && action.allowedFrom(a.getStatus()) && isParty(action.party(), a, me)
					&& guardHolds(action.guard(), a, plan, now)) {
				actions.add(action);
			}
		}
		return actions;
	}
}
