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

	SUBMIT("submit", "提交申请", Endpoint.CREATE),
	ACCEPT("accept", "受理", Endpoint.ACTIONS),
	RETURN("return", "退回修改", Endpoint.ACTIONS),
	/** 修改申请信息并重新提交: {@code PUT /api/v1/applications/{id}} (also accepted on the actions endpoint). */
	RESUBMIT("resubmit", "修改并重新提交", Endpoint.ACTIONS),
	CANCEL("cancel", "取消申请", Endpoint.ACTIONS),
	/** 上传/替换一项申请材料 (暂存): a permission, not a transition. */
	UPLOAD_MATERIAL("upload-material", "上传申请材料", Endpoint.MATERIAL_UPLOAD),
	SUBMIT_MATERIALS("submit-materials", "提交申请材料", Endpoint.ACTIONS),
	/** The deadline job: 7 days after acceptance without submitted materials. */
	EXPIRE("expire", "逾期未提交材料，申请已清除", Endpoint.JOB),
	ASSIGN_REVIEWER("assign-reviewer", "指派评审员", Endpoint.ACTIONS),
	/** 上传评审报告 (PDF) for a coming decision: a permission, not a transition. */
	UPLOAD_REPORT("upload-report", "上传评审报告", Endpoint.REPORT_UPLOAD),
	DOC_PASS("doc-pass", "文件审核通过", Endpoint.ACTIONS),
	DOC_FAIL("doc-fail", "文件审核不通过（整改）", Endpoint.ACTIONS),
	RECTIFY("rectify", "上传整改文件", Endpoint.RECTIFICATION_UPLOAD),
	SCHEDULE_ONSITE("schedule-onsite", "安排现场审核日期", Endpoint.ACTIONS),
	ONSITE_PASS("onsite-pass", "现场审核通过", Endpoint.ACTIONS),
	ONSITE_FAIL("onsite-fail", "现场审核不通过（整改）", Endpoint.ACTIONS),
	PROPOSE_TERMINATION("propose-termination", "提出终止申请", Endpoint.ACTIONS),
	CONFIRM_TERMINATION("confirm-termination", "确认终止", Endpoint.ACTIONS),
	DECLINE_TERMINATION("decline-termination", "驳回终止（继续评审）", Endpoint.ACTIONS),
	ORG_CONFIRM("org-confirm", "评审机构确认", Endpoint.ACTIONS),
	APPROVE("approve", "终审通过（颁发证书）", Endpoint.ACTIONS),
	REJECT("reject", "终审不通过", Endpoint.ACTIONS);

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
	private final String label;
	private final Endpoint endpoint;

	WorkflowAction(String code, String label, Endpoint endpoint) {
		this.code = code;
		this.label = label;
		this.endpoint = endpoint;
	}

	/** The API code ({@code doc-fail}). */
	public String code() {
		return code;
	}

	/**
	 * The Chinese button text, for the pages and modules not yet reading {@link #messageKey()} (the same words as
	 * the bundle's {@code application.action.<NAME>}).
	 */
	public String label() {
		return label;
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
