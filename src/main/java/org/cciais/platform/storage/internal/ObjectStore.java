package org.cciais.platform.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the bytes of stored files live, by key (the {@code storage_path} of a stored file). Two implementations:
 * a local folder ({@link LocalObjectStore}, the default) and an S3-compatible bucket ({@link S3ObjectStore}).
 * Checks of size and content happen before {@link #put}; a store never holds a whole file in memory.
 */
public interface ObjectStore {

	/** Copies the local file {@code source} of {@code size} bytes to {@code key}; nothing is left at the key on failure. */
	void put(String key, Path source, long size) throws IOException;

	/** Streams the object; the caller closes the stream. */
	InputStream open(String key) throws IOException;

	boolean exists(String key) throws IOException;

	/** The object's length in bytes, or -1 when there is none. */
	long size(String key) throws IOException;

	/** Removes the object; absent is fine. */
	void delete(String key) throws IOException;

	/** Calls {@code each} with every object's key and last modification, one page at a time. */
	void list(Consumer<StoredObject> each) throws IOException;

	/** Throws when the store cannot be reached (readiness). */
	void check() throws IOException;

	/** {@code local} or {@code s3}. */
	String type();

	record StoredObject(String key, Instant lastModified) {
	}
}
