package org.cciais.platform.application;

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

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cciais.platform.shared.Role;

/**
 * THE transition table of the qualification application (DESIGN.md state machine, API.md "Workflow actions"). For
 * each action: the role that may do it, which party of the case that account must be, the states it is allowed
 * from, the state it leads to, the guard that must hold beyond the state, and the inputs it takes. Every permission
 * of the workflow is read from here: the API's {@code availableActions}, the buttons of every page and the checks
 * of {@link ApplicationManagement}. Two entries are not transitions but permissions on the case in a state
 * ({@link #UPLOAD_MATERIAL}, {@link #UPLOAD_REPORT}); they are listed here so that nothing is decided elsewhere.
 */
public enum WorkflowAction {

	/** 提交资质申请 (creation; from is "no application"). */
	SUBMIT("submit", "提交申请", Role.ENTERPRISE, Party.OWNER, Endpoint.CREATE, Set.of(), Target.to(SUBMITTED),
			Guard.NONE, Opinion.NONE, false, true),
	/** A renewal only until the renewed certificate's expiry day. */
	ACCEPT("accept", "受理", Role.REVIEW_ORG, Party.REVIEW_ORG, Endpoint.ACTIONS, Set.of(SUBMITTED),
			Target.to(ACCEPTED), Guard.RENEWAL_BEFORE_EXPIRY, Opinion.OPTIONAL, false, true),
	RETURN("return", "退回修改", Role.REVIEW_ORG, Party.REVIEW_ORG, Endpoint.ACTIONS, Set.of(SUBMITTED),
			Target.to(RETURNED), Guard.NONE, Opinion.REQUIRED, false, true),
	/** 修改申请信息并重新提交: {@code PUT /api/v1/applications/{id}} (also accepted on the actions endpoint). */
	RESUBMIT("resubmit", "修改并重新提交", Role.ENTERPRISE, Party.OWNER, Endpoint.ACTIONS, Set.of(RETURNED),
			Target.to(SUBMITTED), Guard.NONE, Opinion.NONE, false, true),
	/** Only before any material is uploaded (manual 3.4.1 note 1). */
	CANCEL("cancel", "取消申请", Role.ENTERPRISE, Party.OWNER, Endpoint.ACTIONS, Set.of(SUBMITTED, RETURNED, ACCEPTED),
			Target.to(CANCELLED), Guard.NO_MATERIALS_UPLOADED, Opinion.OPTIONAL, false, true),
	/** 上传/替换一项申请材料 (暂存): not a transition; only while ACCEPTED and before the 7-day deadline. */
	UPLOAD_MATERIAL("upload-material", "上传申请材料", Role.ENTERPRISE, Party.OWNER, Endpoint.MATERIAL_UPLOAD,
			Set.of(ACCEPTED), Target.same(), Guard.BEFORE_MATERIALS_DEADLINE, Opinion.NONE, false, false),
	SUBMIT_MATERIALS("submit-materials", "提交申请材料", Role.ENTERPRISE, Party.OWNER, Endpoint.ACTIONS, Set.of(ACCEPTED),
			Target.to(DOC_REVIEW), Guard.MATERIALS_COMPLETE, Opinion.NONE, false, true),
	/** The deadline job: 7 days after acceptance without submitted materials. */
	EXPIRE("expire", "逾期未提交材料，申请已清除", null, Party.SYSTEM, Endpoint.JOB, Set.of(ACCEPTED), Target.to(EXPIRED),
			Guard.NONE, Opinion.NONE, false, true),
	ASSIGN_REVIEWER("assign-reviewer", "指派评审员", Role.REVIEW_ORG, Party.REVIEW_ORG, Endpoint.ACTIONS,
			Set.of(ACCEPTED, DOC_REVIEW, DOC_RECTIFICATION, ONSITE_REVIEW, ONSITE_RECTIFICATION), Target.same(),
			Guard.NONE, Opinion.OPTIONAL, false, true),
	/** 上传评审报告 (PDF) for a coming decision: not a transition. */
	UPLOAD_REPORT("upload-report", "上传评审报告", Role.REVIEWER, Party.ASSIGNED_REVIEWER, Endpoint.REPORT_UPLOAD,
			Set.of(DOC_REVIEW, ONSITE_REVIEW), Target.same(), Guard.NONE, Opinion.NONE, false, false),
	DOC_PASS("doc-pass", "文件审核通过", Role.REVIEWER, Party.ASSIGNED_REVIEWER, Endpoint.ACTIONS, Set.of(DOC_REVIEW),
			Target.to(ONSITE_REVIEW), Guard.NONE, Opinion.OPTIONAL, true, true),
	DOC_FAIL("doc-fail", "文件审核不通过（整改）", Role.REVIEWER, Party.ASSIGNED_REVIEWER, Endpoint.ACTIONS,
			Set.of(DOC_REVIEW), Target.to(DOC_RECTIFICATION), Guard.NONE, Opinion.REQUIRED, true, true),
	/** 上传整改文件 (RAR) sends the case back to the review that failed it (manual 3.4.4, 3.4.5). */
	RECTIFY("rectify", "上传整改文件", Role.ENTERPRISE, Party.OWNER, Endpoint.RECTIFICATION_UPLOAD,
			Set.of(DOC_RECTIFICATION, ONSITE_RECTIFICATION),
			Target.map(Map.of(DOC_RECTIFICATION, DOC_REVIEW, ONSITE_RECTIFICATION, ONSITE_REVIEW)), Guard.NONE,
			Opinion.NONE, false, true),
	SCHEDULE_ONSITE("schedule-onsite", "安排现场审核日期", Role.REVIEWER, Party.ASSIGNED_REVIEWER, Endpoint.ACTIONS,
			Set.of(ONSITE_REVIEW), Target.same(), Guard.NONE, Opinion.OPTIONAL, false, true),
	ONSITE_PASS("onsite-pass", "现场审核通过", Role.REVIEWER, Party.ASSIGNED_REVIEWER, Endpoint.ACTIONS,
			Set.of(ONSITE_REVIEW), Target.to(ORG_CONFIRMATION), Guard.ONSITE_SCHEDULED, Opinion.OPTIONAL, true, true),
	ONSITE_FAIL("onsite-fail", "现场审核不通过（整改）", Role.REVIEWER, Party.ASSIGNED_REVIEWER, Endpoint.ACTIONS,
			Set.of(ONSITE_REVIEW), Target.to(ONSITE_RECTIFICATION), Guard.NONE, Opinion.REQUIRED, true, true),
	PROPOSE_TERMINATION("propose-termination", "提出终止申请", Role.REVIEWER, Party.ASSIGNED_REVIEWER, Endpoint.ACTIONS,
			Set.of(DOC_REVIEW, ONSITE_REVIEW), Target.to(TERMINATION_PROPOSED), Guard.NONE, Opinion.REQUIRED, true,
			true),
	CONFIRM_TERMINATION("confirm-termination", "确认终止", Role.REVIEW_ORG, Party.REVIEW_ORG, Endpoint.ACTIONS,
			Set.of(TERMINATION_PROPOSED), Target.to(TERMINATED), Guard.NONE, Opinion.OPTIONAL, false, true),
	/** Back to the review the termination was proposed from. */
	DECLINE_TERMINATION("decline-termination", "驳回终止（继续评审）", Role.REVIEW_ORG, Party.REVIEW_ORG,
			Endpoint.ACTIONS, Set.of(TERMINATION_PROPOSED), Target.back(), Guard.NONE, Opinion.OPTIONAL, false, true),
	ORG_CONFIRM("org-confirm", "评审机构确认", Role.REVIEW_ORG, Party.REVIEW_ORG, Endpoint.ACTIONS,
			Set.of(ORG_CONFIRMATION), Target.to(FINAL_REVIEW), Guard.NONE, Opinion.OPTIONAL, false, true),
	APPROVE("approve", "终审通过（颁发证书）", Role.EXPERT, Party.ANY_EXPERT, Endpoint.ACTIONS, Set.of(FINAL_REVIEW),
			Target.to(CERTIFIED), Guard.NONE, Opinion.OPTIONAL, false, true),
	REJECT("reject", "终审不通过", Role.EXPERT, Party.ANY_EXPERT, Endpoint.ACTIONS, Set.of(FINAL_REVIEW),
			Target.to(REJECTED), Guard.NONE, Opinion.OPTIONAL, false, true);

	/** Which account of the case may act, beyond holding the role. */
	public enum Party {
		/** the enterprise that owns the application */
		OWNER,
		/** an account of the review organisation the enterprise chose */
		REVIEW_ORG,
		/** the reviewer currently assigned to the case */
		ASSIGNED_REVIEWER,
		/** any member of the expert committee */
		ANY_EXPERT,
		/** the platform itself (deadline job) */
		SYSTEM
	}

	/** Where the action is called in the REST API. */
	public enum Endpoint {
		/** {@code POST /api/v1/applications} */
		CREATE,
		/** {@code POST /api/v1/applications/{id}/actions/{action}} */
		ACTIONS,
		/** {@code PUT /api/v1/applications/{id}/materials/{code}} */
		MATERIAL_UPLOAD,
		/** {@code POST /api/v1/applications/{id}/rectifications} */
		RECTIFICATION_UPLOAD,
		/** {@code POST /api/v1/applications/{id}/reports} */
		REPORT_UPLOAD,
		/** the deadline job only */
		JOB
	}

	/** A condition beyond the state; its refusal is a 409 with its own message. */
	public enum Guard {
		NONE(null),
		/** every required catalogue item uploaded or reused, and the 7-day deadline not passed */
		MATERIALS_COMPLETE("application.guard.materialsComplete"),
		/** now is before materialsDueAt */
		BEFORE_MATERIALS_DEADLINE("application.guard.deadline"),
		/** an on-site date has been scheduled */
		ONSITE_SCHEDULED("application.guard.onsiteScheduled"),
		/** no material uploaded yet (manual 3.4.1 note 1: "如企业已上传评审材料，将无“取消申请”操作") */
		NO_MATERIALS_UPLOADED("application.guard.noMaterialsUploaded"),
		/** not a renewal, or today is not after the expiry day of the certificate it renews */
		RENEWAL_BEFORE_EXPIRY("application.guard.renewalBeforeExpiry");

		private final String messageKey;

		Guard(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	public enum Opinion {
		NONE, OPTIONAL, REQUIRED
	}

	/** The state after the action: fixed, unchanged, mapped from the current one, or back where it came from. */
	public record Target(ApplicationStatus fixed, Map<ApplicationStatus, ApplicationStatus> mapping,
			boolean returnsBack) {

		static Target to(ApplicationStatus status) {
			return new Target(status, Map.of(), false);
		}

		static Target same() {
			return new Target(null, Map.of(), false);
		}

		static Target back() {
			return new Target(null, Map.of(), true);
		}

		static Target map(Map<ApplicationStatus, ApplicationStatus> mapping) {
			return new Target(null, Map.copyOf(mapping), false);
		}

		/** @param returnTo the state a proposed termination came from (for {@link #back()}) */
		public ApplicationStatus from(ApplicationStatus current, ApplicationStatus returnTo) {
			if (fixed != null) {
				return fixed;
			}
			if (returnsBack) {
				return returnTo;
			}
			return mapping.getOrDefault(current, current);
		}
	}

	private final String code;
	private final String label;
	private final Role role;
	private final Party party;
	private final Endpoint endpoint;
	private final EnumSet<ApplicationStatus> from;
	private final Target target;
	private final Guard guard;
	private final Opinion opinion;
	private final boolean acceptsReport;
	private final boolean transition;

	WorkflowAction(String code, String label, Role role, Party party, Endpoint endpoint, Set<ApplicationStatus> from,
			Target target, Guard guard, Opinion opinion, boolean acceptsReport, boolean transition) {
		this.code = code;
		this.label = label;
		this.role = role;
		this.party = party;
		this.endpoint = endpoint;
		this.from = from.isEmpty() ? EnumSet.noneOf(ApplicationStatus.class) : EnumSet.copyOf(from);
		this.target = target;
		this.guard = guard;
		this.opinion = opinion;
		this.acceptsReport = acceptsReport;
		this.transition = transition;
	}

	/** The API code ({@code doc-fail}). */
	public String code() {
		return code;
	}

	/** The Chinese button text. */
	public String label() {
		return label;
	}

	/** The role that may do it; null for the system. */
	public Role role() {
		return role;
	}

	public Party party() {
		return party;
	}

	public Endpoint endpoint() {
		return endpoint;
	}

	public Set<ApplicationStatus> from() {
		return EnumSet.copyOf(from);
	}

	public boolean allowedFrom(ApplicationStatus status) {
		return from.contains(status);
	}

	public Target target() {
		return target;
	}

	public Guard guard() {
		return guard;
	}

	public Opinion opinion() {
		return opinion;
	}

	public boolean acceptsReport() {
		return acceptsReport;
	}

	/** False for the two permissions that change no state (uploading a material, uploading a report). */
	public boolean isTransition() {
		return transition;
	}

	/** Needs a reviewer id (assign-reviewer). */
	public boolean needsReviewer() {
		return this == ASSIGN_REVIEWER;
	}

	/** Needs an on-site date (schedule-onsite). */
	public boolean needsOnsiteDate() {
		return this == SCHEDULE_ONSITE;
	}

	public static Optional<WorkflowAction> byCode(String code) {
		return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
	}
}
