package org.cciais.platform.organization;

import org.cciais.platform.shared.Labelled;

/** 评审机构 or 咨询机构; the words in the reader's language are {@code organization.type.X}. */
public enum OrganizationType implements Labelled {
	REVIEW("评审机构"), CONSULTING("咨询机构");

	private final String label;

	OrganizationType(String label) {
		this.label = label;
	}

	/** The Chinese name, as recorded in the audit log. */
	public String label() {
		return label;
	}

	@Override
	public String messagePrefix() {
		return "organization.type";
	}
}
