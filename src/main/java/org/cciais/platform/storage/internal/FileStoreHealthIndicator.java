package org.cciais.platform.storage.internal;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Readiness: the folder is writable or the bucket answers. Listed as {@code fileStore} in the health groups. */
@Component("fileStoreHealthIndicator")
class FileStoreHealthIndicator extends AbstractHealthIndicator {

	private final ObjectStore objects;

	FileStoreHealthIndicator(ObjectStore objects) {
		super("file store not reachable");
		this.objects = objects;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		objects.check();
		builder.up().withDetail("type", objects.type());
	}
}
