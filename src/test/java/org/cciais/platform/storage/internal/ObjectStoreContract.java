package org.cciais.platform.storage.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ObjectStore} must do; run against the local folder and against a real S3 server. */
abstract class ObjectStoreContract {

	@TempDir
	Path work;

	ObjectStore store;
	String prefix;

	abstract ObjectStore createStore() throws IOException;

	@BeforeEach
	void setUp() throws IOException {
		store = createStore();
		prefix = UUID.randomUUID().toString().substring(0, 8) + "/";
	}

	@AfterEach
	void tearDown() throws IOException {
		List<String> mine = new ArrayList<>();
		store.list(o -> {
			if (o.key().startsWith(prefix)) {
				mine.add(o.key());
			}
		});
		for (String key : mine) {
			store.delete(key);
		}
	}

	@Test
	void storesAFileAndStreamsItBackByteForByte() throws IOException {
		Path file = write("a.pdf", "%PDF-1.4 hello %%EOF".getBytes(StandardCharsets.US_ASCII));
		store.put(prefix + "a", file, Files.size(file));
		assertThat(store.exists(prefix + "a")).isTrue();
		try (InputStream in = store.open(prefix + "a")) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 hello %%EOF");
		}
	}

	@Test
	void aFileOfSeveralPartsArrivesWhole() throws Exception {
		long size = 20L * 1024 * 1024 + 12345;
		Path file = random(size);
		store.put(prefix + "big", file, size);
		assertThat(sha256(store.open(prefix + "big"))).isEqualTo(sha256(Files.newInputStream(file)));
	}

	@Test
	void deletingRemovesTheObjectAndAnAbsentKeyIsNoError() throws IOException {
		Path file = write("b.pdf", new byte[] { 1, 2, 3 });
		store.put(prefix + "b", file, 3);
		store.delete(prefix + "b");
		assertThat(store.exists(prefix + "b")).isFalse();
		store.delete(prefix + "never-was");
		assertThatThrownBy(() -> store.open(prefix + "b").close()).isInstanceOf(FileNotFoundException.class);
	}

	@Test
	void listsEveryObjectByItsKey() throws IOException {
		Path file = write("c.pdf", new byte[] { 7 });
		store.put(prefix + "x/1", file, 1);
		store.put(prefix + "y/2", file, 1);
		List<String> keys = new ArrayList<>();
		store.list(o -> {
			if (o.key().startsWith(prefix)) {
				keys.add(o.key());
				assertThat(o.lastModified()).isNotNull();
			}
		});
		assertThat(keys).containsExactlyInAnyOrder(prefix + "x/1", prefix + "y/2");
	}

	@Test
	void answersItsHealthCheck() throws IOException {
		store.check();
	}

	Path write(String name, byte[] content) throws IOException {
		return Files.write(work.resolve(name), content);
	}

	Path random(long size) throws IOException {
		Path file = work.resolve("random-" + size);
		Random random = new Random(size);
		byte[] chunk = new byte[1024 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long left = size; left > 0; left -= chunk.length) {
				random.nextBytes(chunk);
				out.write(chunk, 0, (int) Math.min(chunk.length, left));
			}
		}
		return file;
	}

	static String sha256(InputStream stream) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(stream, sha)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(sha.digest());
	}
}
