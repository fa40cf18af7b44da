package org.cciais.platform.shared;

/**
 * Implemented by the inspection module, used by the enterprise module (change applications are refused during an
 * annual inspection) without a dependency cycle between the two.
 */
public interface AnnualInspectionWindows {

	/** Is an annual inspection of the enterprise open or under review (window open, submitted, rectification)? */
	boolean inProgress(long enterpriseId);
}
