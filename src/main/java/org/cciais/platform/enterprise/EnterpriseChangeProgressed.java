package org.cciais.platform.enterprise;

import java.time.Instant;

/**
 * A change application (变更申请) moved on: submitted or re-submitted after rectification (the association reviews
 * it next), passed, or failed with the opinion (the enterprise rectifies next). The notification module tells whoever
 * acts next.
 */
public record EnterpriseChangeProgressed(long enterpriseId, long changeId, Step step, String opinion,
		Instant at) {

	public enum Step {
		SUBMITTED, RECTIFIED, PASSED, FAILED;

		/** Whether the association (ADMIN) reviews next. */
		public boolean awaitsReview() {
			return this == SUBMITTED || this == RECTIFIED;
		}
	}
}
