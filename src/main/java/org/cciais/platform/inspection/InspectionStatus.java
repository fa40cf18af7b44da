package org.cciais.platform.inspection;

import org.cciais.platform.shared.Labelled;

/**
 * UPCOMING → OPEN (window opened) → SUBMITTED → (RECTIFICATION → SUBMITTED)* → PASSED; OPEN past the window
 * without submission → MISSED (the certificate becomes 失效). Its words: {@link #messageKey()}.
 */
public enum InspectionStatus implements Labelled {
	UPCOMING, OPEN, SUBMITTED, RECTIFICATION, PASSED, MISSED;

	@Override
	public String messagePrefix() {
		return "inspection.status";
	}

	/** Decided for good: nothing can happen to the inspection any more. */
	public boolean isFinal() {
		return this == PASSED || this == MISSED;
	}
}
