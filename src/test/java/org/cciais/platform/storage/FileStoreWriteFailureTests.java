package org.cciais.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.cciais.platform.storage.internal.ObjectStore;
import org.cciais.platform.storage.internal.StoredFileRepository;
import org.cciais.platform.storage.internal.UploadMetricsAccess;
import org.cciais.platform.testing.PlatformTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** A store write that fails (bucket down, disk full) leaves no database row and no temporary file. */
class FileStoreWriteFailureTests {

	@TempDir
	Path dataDir;

	@Test
	void aFailedStoreWriteLeavesNoRowAndNoTemporaryFile() throws IOException {
		StoredFileRepository repository = mock(StoredFileRepository.class);
		FileStore store = new FileStore(repository, List.of(), Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"),
				ZoneOffset.UTC), new Unreachable(), UploadMetricsAccess.create(new SimpleMeterRegistry()),
				dataDir.toString(), 1024 * 1024);

		assertThatThrownBy(() -> store.store(new ByteArrayInputStream(PlatformTestSupport.pdf()), "a.pdf",
				Set.of(FileKind.PDF), "test"))
			.isInstanceOf(UncheckedIOException.class);

		verify(repository, never()).save(any());
		try (var left = Files.list(dataDir.resolve("tmp"))) {
			assertThat(left).isEmpty();
		}
	}

	private static final class Unreachable implements ObjectStore {

		@Override
		public void put(String key, Path source, long size) throws IOException {
			throw new IOException("bucket unreachable");
		}

		@Override
		public InputStream open(String key) throws IOException {
			throw new IOException("bucket unreachable");
		}

		@Override
		public boolean exists(String key) {
			return false;
		}

		@Override
		public long size(String key) {
			return -1;
		}

		@Override
		public void delete(String key) {
		}

		@Override
		public void list(Consumer<StoredObject> each) {
		}

		@Override
		public void check() throws IOException {
			throw new IOException("bucket unreachable");
		}

		@Override
		public String type() {
			return "s3";
		}
	}
}
