package org.cciais.platform.application;

import org.cciais.platform.shared.Labelled;

/**
 * What an application asks for in its industry (manual 4: "有效期截止当年需重新申请"). The level is never chosen: each
 * kind derives it by its own policy ({@code LevelPolicy} in {@code internal}). Words under
 * {@code application.kind.<NAME>}.
 */
public enum ApplicationKind implements Labelled {
	/** 初次申请: no valid certificate in the industry → 三级. */
	INITIAL,
	/** 升级申请: a valid certificate → the next level (no skipping). */
	UPGRADE,
	/** 续期（重新申请）: in the last 12 months of a valid certificate → the same level, a successor certificate. */
	RENEWAL;

	@Override
	public String messagePrefix() {
		return "application.kind";
	}
}
