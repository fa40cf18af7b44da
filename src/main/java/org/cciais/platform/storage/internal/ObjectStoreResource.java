package org.cciais.platform.storage.internal;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/** A stored object as a {@link org.springframework.core.io.Resource}: opened (streamed) only when written out. */
public class ObjectStoreResource extends AbstractResource {

	private final ObjectStore store;
	private final String key;
	private final long size;

	public ObjectStoreResource(ObjectStore store, String key, long size) {
		this.store = store;
		this.key = key;
		this.size = size;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return store.open(key);
	}

	@Override
	public long contentLength() {
		return size;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public String getFilename() {
		return null;
	}

	@Override
	public String getDescription() {
		return store.type() + " object " + key;
	}
}
