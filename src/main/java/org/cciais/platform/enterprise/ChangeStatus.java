package org.cciais.platform.enterprise;

/** 变更申请: 待审核 → 通过, or → 需整改 (re-upload) → 待审核 again. */
public enum ChangeStatus {
	SUBMITTED("待审核"), RECTIFICATION("需整改"), PASSED("已通过");

	private final String label;

	ChangeStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
