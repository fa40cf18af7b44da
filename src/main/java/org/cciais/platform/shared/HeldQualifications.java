package org.cciais.platform.shared;

import java.util.Map;

/**
 * Implemented by the certificate module, used by the application module to derive the level of a new application
 * (no certificate → 三级, a valid 三级 → 二级, …) without a dependency cycle between the two.
 */
public interface HeldQualifications {

	/** The latest certificate per industry of the enterprise; industries without one are absent. */
	Map<Industry, QualificationStanding> of(long enterpriseId);
}
