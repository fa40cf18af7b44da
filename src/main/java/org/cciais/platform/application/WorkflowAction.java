package org.cciais.platform.application;

import java.util.Arrays;
import java.util.Optional;

import org.cciais.platform.shared.Labelled;

/**
 * The actions of the qualification application workflow (API.md "Workflow actions"): their API code, their words
 * (bundle key {@code application.action.<NAME>}) and where the REST API takes them. Who may do an action, from
 * which state, to which state and under which checks is the transition table of the module
 * ({@code internal/ApplicationWorkflow}), the only place that decides it.
 */
public enum WorkflowAction implements Labelled {

	SUBMIT("submit", Endpoint.CREATE),
	ACCEPT("accept", Endpoint.ACTIONS),
	RETURN("return", Endpoint.ACTIONS),
	/** 修改申请信息并重新提交: {@code PUT /api/v1/applications/{id}} (also accepted on the actions endpoint). */
	RESUBMIT("resubmit", Endpoint.ACTIONS),
	CANCEL("cancel", Endpoint.ACTIONS),
	/** 上传/替换一项申请材料 (暂存): a permission, not a transition. */
	UPLOAD_MATERIAL("upload-material", Endpoint.MATERIAL_UPLOAD),
	SUBMIT_MATERIALS("submit-materials", Endpoint.ACTIONS),
	/** The deadline job: 7 days after acceptance without submitted materials. */
	EXPIRE("expire", Endpoint.JOB),
	ASSIGN_REVIEWER("assign-reviewer", Endpoint.ACTIONS),
	/** 上传评审报告 (PDF) for a coming decision: a permission, not a transition. */
	UPLOAD_REPORT("upload-report", Endpoint.REPORT_UPLOAD),
	DOC_PASS("doc-pass", Endpoint.ACTIONS),
	DOC_FAIL("doc-fail", Endpoint.ACTIONS),
	RECTIFY("rectify", Endpoint.RECTIFICATION_UPLOAD),
	SCHEDULE_ONSITE("schedule-onsite", Endpoint.ACTIONS),
	ONSITE_PASS("onsite-pass", Endpoint.ACTIONS),
	ONSITE_FAIL("onsite-fail", Endpoint.ACTIONS),
	PROPOSE_TERMINATION("propose-termination", Endpoint.ACTIONS),
	CONFIRM_TERMINATION("confirm-termination", Endpoint.ACTIONS),
	DECLINE_TERMINATION("decline-termination", Endpoint.ACTIONS),
	ORG_CONFIRM("org-confirm", Endpoint.ACTIONS),
	APPROVE("approve", Endpoint.ACTIONS),
	REJECT("reject", Endpoint.ACTIONS);

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

	private final String code;
	private final Endpoint endpoint;

	WorkflowAction(String code, Endpoint endpoint) {
		this.code = code;
		this.endpoint = endpoint;
	}

	/** The API code ({@code doc-fail}). */
	public String code() {
		return code;
	}

	public Endpoint endpoint() {
		return endpoint;
	}

	@Override
	public String messagePrefix() {
		return "application.action";
	}

	public static Optional<WorkflowAction> byCode(String code) {
		return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
	}
}
