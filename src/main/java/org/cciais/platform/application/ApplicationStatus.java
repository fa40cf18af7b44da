package org.cciais.platform.application;

import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.cciais.platform.shared.Labelled;

/**
 * The states of a qualification application (DESIGN.md state machine); words under {@code application.status.<NAME>}.
 * What each state means to the workflow (ended, progress stage, awaited party) is the state section of the module's
 * transition table ({@code internal/ApplicationWorkflow}).
 */
public enum ApplicationStatus implements Labelled {
	SUBMITTED("已提交，待受理"), RETURNED("已退回，待修改"), ACCEPTED("已受理，待上传材料"), DOC_REVIEW("文件审核中"),
	DOC_RECTIFICATION("文审整改中"), ONSITE_REVIEW("现场审核中"), ONSITE_RECTIFICATION("现场审核整改中"),
	TERMINATION_PROPOSED("终止待评审机构复核"), ORG_CONFIRMATION("评审机构确认中"), FINAL_REVIEW("专家终审中"),
	CERTIFIED("已获证"), REJECTED("终审未通过"), CANCELLED("已取消"), EXPIRED("已过期清除"), TERMINATED("已终止");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	/**
	 * The Chinese words, for the pages and modules not yet reading {@link #messageKey()} (the same as the bundle's
	 * {@code application.status.<NAME>}).
	 */
	public String label() {
		return label;
	}

	@Override
	public String messagePrefix() {
		return "application.status";
	}

	/** Ended: the industry may be applied for again (CERTIFIED counts through its certificate instead). */
	public boolean isClosed() {
		return ApplicationWorkflow.state(this).ended();
	}
}
