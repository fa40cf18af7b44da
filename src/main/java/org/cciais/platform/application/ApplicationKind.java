package org.cciais.platform.application;

import org.cciais.platform.shared.Labelled;

/**
 * What an application asks for in its industry (manual 4: "有效期截止当年需重新申请"). The level is never chosen: each
 * kind derives it by its own policy ({@code LevelPolicy} in {@code internal}). Words under
 * {@code application.kind.<NAME>}.
 */
public enum ApplicationKind implements Labelled {
	/** 初次申请: no valid certificate in the industry → 三级. */
	INITIAL("初次申请"),
	/** 升级申请: a valid certificate → the next level (no skipping). */
	UPGRADE("升级申请"),
	/** 续期（重新申请）: in the last 12 months of a valid certificate → the same level, a successor certificate. */
	RENEWAL("续期（重新申请）");

	private final String label;

	ApplicationKind(String label) {
		this.label = label;
	}

	/** The Chinese words, for the pages not yet reading {@link #messageKey()}. */
	public String label() {
		return label;
	}

	@Override
	public String messagePrefix() {
		return "application.kind";
	}
}
