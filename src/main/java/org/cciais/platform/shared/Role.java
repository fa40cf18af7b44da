package org.cciais.platform.shared;

/** The roles of DESIGN.md; their Chinese labels are in messages.properties ({@code role.X}). */
public enum Role {
	ENTERPRISE, PERSON, REVIEW_ORG, REVIEWER, CONSULTANT, EXPERT, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
