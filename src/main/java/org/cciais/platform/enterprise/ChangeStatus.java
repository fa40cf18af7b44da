package org.cciais.platform.enterprise;

import org.cciais.platform.shared.Labelled;

/** 变更申请: 待审核 → 通过, or → 需整改 (re-upload) → 待审核 again. Its words: {@link #messageKey()}. */
public enum ChangeStatus implements Labelled {
	SUBMITTED, RECTIFICATION, PASSED;

	@Override
	public String messagePrefix() {
		return "enterprise.change.status";
	}
}
