package org.cciais.platform.shared;

/** The roles of DESIGN.md; their Chinese labels are in messages.properties ({@code role.X}). */
public enum Role implements Labelled {
	ENTERPRISE, PERSON, REVIEW_ORG, REVIEWER, CONSULTANT, EXPERT, ADMIN;

	@Override
	public String messagePrefix() {
		return "role";
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
