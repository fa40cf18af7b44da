package org.cciais.platform.shared;

/**
 * The eight industries of figure 7, named {@code industry.<NAME>} in the bundles; scope texts are reference data in
 * the catalog module.
 */
public enum Industry implements Labelled {
	GOVERNMENT, FINANCE, TELECOM, DEFENSE, COMMERCE, ENERGY, MANUFACTURING, PUBLIC_SERVICE;

	@Override
	public String messagePrefix() {
		return "industry";
	}
}
