package org.cciais.platform.application;

import org.cciais.platform.shared.Role;

/**
 * A party of a qualification application: who may do an action of the workflow beyond holding the role, and whose
 * action a state awaits ({@link ApplicationStateChanged#awaiting()}).
 */
public enum Party {

	/** the enterprise that owns the application */
	OWNER(Role.ENTERPRISE),
	/** an account of the review organisation the enterprise chose */
	REVIEW_ORG(Role.REVIEW_ORG),
	/** the reviewer currently assigned to the case */
	ASSIGNED_REVIEWER(Role.REVIEWER),
	/** any member of the expert committee */
	ANY_EXPERT(Role.EXPERT),
	/** the platform itself (the materials deadline job) */
	SYSTEM(null);

	private final Role role;

	Party(Role role) {
		this.role = role;
	}

	/** The role an account of this party holds; null for the platform. */
	public Role role() {
		return role;
	}
}
