package org.cciais.platform.application;

/** The states of a qualification application (DESIGN.md state machine); Chinese labels for pages. */
public enum ApplicationStatus {
	SUBMITTED("已提交，待受理"), RETURNED("已退回，待修改"), ACCEPTED("已受理，待上传材料"), DOC_REVIEW("文件审核中"),
	DOC_RECTIFICATION("文审整改中"), ONSITE_REVIEW("现场审核中"), ONSITE_RECTIFICATION("现场审核整改中"),
	TERMINATION_PROPOSED("终止待评审机构复核"), ORG_CONFIRMATION("评审机构确认中"), FINAL_REVIEW("专家终审中"),
	CERTIFIED("已获证"), REJECTED("终审未通过"), CANCELLED("已取消"), EXPIRED("已过期清除"), TERMINATED("已终止");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Ended: the industry may be applied for again (CERTIFIED counts through its certificate instead). */
	public boolean isClosed() {
		return this == CERTIFIED || this == REJECTED || this == CANCELLED || this == EXPIRED || this == TERMINATED;
	}
}
