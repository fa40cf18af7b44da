package org.cciais.platform.organization;

import org.cciais.platform.shared.Labelled;

/** 评审机构 or 咨询机构; the words in the reader's language are {@code organization.type.X}. */
public enum OrganizationType implements Labelled {
	REVIEW, CONSULTING;

	@Override
	public String messagePrefix() {
		return "organization.type";
	}
}
