package org.cciais.platform.application;

import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.cciais.platform.shared.Labelled;

/**
 * The states of a qualification application (DESIGN.md state machine); words under {@code application.status.<NAME>}.
 * What each state means to the workflow (ended, progress stage, awaited party) is the state section of the module's
 * transition table ({@code internal/ApplicationWorkflow}).
 */
public enum ApplicationStatus implements Labelled {
	SUBMITTED, RETURNED, ACCEPTED, DOC_REVIEW, DOC_RECTIFICATION, ONSITE_REVIEW, ONSITE_RECTIFICATION,
	TERMINATION_PROPOSED, ORG_CONFIRMATION, FINAL_REVIEW, CERTIFIED, REJECTED, CANCELLED, EXPIRED, TERMINATED;

	@Override
	public String messagePrefix() {
		return "application.status";
	}

	/** Ended: the industry may be applied for again (CERTIFIED counts through its certificate instead). */
	public boolean isClosed() {
		return ApplicationWorkflow.state(this).ended();
	}
}
