package org.cciais.platform.application;

/**
 * What an application asks for in its industry (manual 4: "有效期截止当年需重新申请"). The level is never chosen: each
 * kind derives it by its own policy ({@code LevelPolicy} in {@code internal}).
 */
public enum ApplicationKind {
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

	public String label() {
		return label;
	}
}
