package org.cciais.platform.organization;

/** 评审机构 or 咨询机构. */
public enum OrganizationType {
	REVIEW("评审机构"), CONSULTING("咨询机构");

	private final String label;

	OrganizationType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
