package org.cciais.platform.enterprise;

import org.cciais.platform.shared.Labelled;

/** 变更申请: 待审核 → 通过, or → 需整改 (re-upload) → 待审核 again. */
public enum ChangeStatus implements Labelled {
	SUBMITTED("待审核"), RECTIFICATION("需整改"), PASSED("已通过");

	private final String label;

	ChangeStatus(String label) {
		this.label = label;
	}

	/** The Chinese name (the API's {@code statusLabel}); pages use {@link #messageKey()}. */
	public String label() {
		return label;
	}

	@Override
	public String messagePrefix() {
		return "enterprise.change.status";
	}
}
