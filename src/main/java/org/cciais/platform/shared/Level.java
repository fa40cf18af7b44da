package org.cciais.platform.shared;

import java.util.Optional;

/**
 * Qualification levels, entry level first: 三级 → 二级 → 一级, no skipping. Named {@code level.<NAME>} in the bundles,
 * and in the capital-numeral form printed on certificates (叁级) {@code certificate.level.formal.<NAME>}.
 */
public enum Level implements Labelled {
	LEVEL_3, LEVEL_2, LEVEL_1;

	@Override
	public String messagePrefix() {
		return "level";
	}

	/** The level an enterprise holding this one may apply for next, empty at 一级. */
	public Optional<Level> next() {
		return switch (this) {
			case LEVEL_3 -> Optional.of(LEVEL_2);
			case LEVEL_2 -> Optional.of(LEVEL_1);
			case LEVEL_1 -> Optional.empty();
		};
	}

	/** The level of a new application given the currently held valid level (null when none). */
	public static Optional<Level> toApplyFor(Level held) {
		return held == null ? Optional.of(LEVEL_3) : held.next();
	}
}
