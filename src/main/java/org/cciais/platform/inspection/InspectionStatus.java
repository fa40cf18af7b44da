package org.cciais.platform.inspection;

import org.cciais.platform.shared.Labelled;

/**
 * UPCOMING → OPEN (window opened) → SUBMITTED → (RECTIFICATION → SUBMITTED)* → PASSED; OPEN past the window
 * without submission → MISSED (the certificate becomes 失效).
 */
public enum InspectionStatus implements Labelled {
	UPCOMING("未到年检时间"), OPEN("年检开放中，待提交"), SUBMITTED("已提交，评审机构审核中"), RECTIFICATION("审核未通过，待整改"),
	PASSED("年检通过"), MISSED("未按期年检（证书失效）");

	private final String label;

	InspectionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	@Override
	public String messagePrefix() {
		return "inspection.status";
	}

	/** Decided for good: nothing can happen to the inspection any more. */
	public boolean isFinal() {
		return this == PASSED || this == MISSED;
	}
}
