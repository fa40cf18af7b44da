package org.cciais.platform.shared;

import java.util.Optional;

/** Qualification levels, entry level first: 三级 → 二级 → 一级, no skipping. */
public enum Level implements Labelled {
	LEVEL_3("三级", "叁级"), LEVEL_2("二级", "贰级"), LEVEL_1("一级", "壹级");

	private final String label;
	private final String formalLabel;

	Level(String label, String formalLabel) {
		this.label = label;
		this.formalLabel = formalLabel;
	}

	/** The Chinese name; pages and messages use {@link #messageKey()} so that English works too. */
	public String label() {
		return label;
	}

	@Override
	public String messagePrefix() {
		return "level";
	}

	/** The capital-numeral form printed on certificates (叁级). */
	public String formalLabel() {
		return formalLabel;
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
