package org.cciais.platform.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Files under {@code <data-dir>/files/<key>}: the embedded default, or a folder shared by the nodes (NFS). */
public class LocalObjectStore implements ObjectStore {

	private final Path root;

	public LocalObjectStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, Path source, long size) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path sameDisk = Files.createTempFile(target.getParent(), ".put-", ".part");
		try {
			// a move within one folder is atomic: a reader never sees half a file
			Files.copy(source, sameDisk, StandardCopyOption.REPLACE_EXISTING);
			Files.move(sameDisk, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(sameDisk);
		}
	}

	/** Moves rather than copies when the source is a temporary file on the same disk (the upload path). */
	public void moveIn(String key, Path source) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return Files.newInputStream(resolve(key));
		}
		catch (java.nio.file.NoSuchFileException ex) {
			throw new java.io.FileNotFoundException(key);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	@Override
	public long size(String key) throws IOException {
		Path path = resolve(key);
		return Files.isRegularFile(path) ? Files.size(path) : -1;
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	@Override
	public void list(Consumer<StoredObject> each) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
				each.accept(new StoredObject(root.relativize(file).toString().replace('\\', '/'),
						Files.getLastModifiedTime(file).toInstant()));
			}
		}
	}

	@Override
	public void check() throws IOException {
		Files.createDirectories(root);
		if (!Files.isWritable(root)) {
			throw new IOException("file store folder is not writable: " + root);
		}
	}

	@Override
	public String type() {
		return "local";
	}

	Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("key outside the store: " + key);
		}
		return path;
	}
}
