package org.cciais.platform.application;

import java.util.List;

/**
 * The cases one batch of the materials deadline sweep expired (manual 3.4.2), each as the state change it is. One
 * event per batch, not per case, so that a sweep expiring thousands of cases costs one publication and one
 * listener transaction per batch; a listener handles each change as it would a single {@link ApplicationStateChanged}.
 */
public record ApplicationsExpired(List<ApplicationStateChanged> changes) {

	public ApplicationsExpired {
		changes = List.copyOf(changes);
	}
}
