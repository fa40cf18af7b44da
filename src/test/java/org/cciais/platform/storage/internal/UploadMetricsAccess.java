package org.cciais.platform.storage.internal;

import io.micrometer.core.instrument.MeterRegistry;

/** Builds the package-private {@link UploadMetrics} for unit tests of other packages. */
public final class UploadMetricsAccess {

	private UploadMetricsAccess() {
	}

	public static UploadMetrics create(MeterRegistry registry) {
		return new UploadMetrics(registry);
	}
}
