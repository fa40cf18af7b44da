package org.cciais.platform.shared;

/** The eight industries of figure 7; names and scope texts are reference data in the catalog module. */
public enum Industry implements Labelled {
	GOVERNMENT("政府"), FINANCE("金融"), TELECOM("电信"), DEFENSE("军工"), COMMERCE("商业"), ENERGY("能源"),
	MANUFACTURING("工业"), PUBLIC_SERVICE("公共服务");

	private final String label;

	Industry(String label) {
		this.label = label;
	}

	/** The Chinese name; pages and messages use {@link #messageKey()} so that English works too. */
	public String label() {
		return label;
	}

	@Override
	public String messagePrefix() {
		return "industry";
	}
}
