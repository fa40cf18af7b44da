package org.cciais.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.cciais.platform.storage.internal.FileMigration;
import org.cciais.platform.storage.internal.LocalObjectStore;
import org.cciais.platform.storage.internal.ObjectStore;
import org.cciais.platform.storage.internal.OrphanCleanupJob;
import org.cciais.platform.storage.internal.StoredFileEntity;
import org.cciais.platform.storage.internal.StoredFileRepository;
import org.cciais.platform.testing.PlatformTest;
import org.cciais.platform.testing.S3rver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The platform with {@code CCIAIS_STORAGE=s3} against a real S3-compatible server (s3rver). */
@ExtendWith(S3rver.class)
class S3FileStoreTests extends PlatformTest {

	@DynamicPropertySource
	static void s3(DynamicPropertyRegistry registry) {
		registry.add("cciais.storage.type", () -> "s3");
		registry.add("cciais.storage.s3.endpoint", S3rver::endpoint);
		registry.add("cciais.storage.s3.bucket", () -> S3rver.BUCKET);
		registry.add("cciais.storage.s3.access-key", () -> S3rver.ACCESS_KEY);
		registry.add("cciais.storage.s3.secret-key", () -> S3rver.SECRET_KEY);
	}

	@Autowired
	FileStore files;

	@Autowired
	ObjectStore objects;

	@Autowired
	StoredFileRepository repository;

	@Autowired
	OrphanCleanupJob orphans;

	@Autowired
	FileMigration migration;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${cciais.data-dir}")
	String dataDir;

	@Test
	void anUploadLandsInTheBucketDownloadsFromItAndItsDeletionRemovesTheObject() throws Exception {
		StoredFile stored = files.store(new ByteArrayInputStream(pdf()), "报告.pdf", Set.of(FileKind.PDF), "test");
		String key = key(stored.id());
		assertThat(objects.type()).isEqualTo("s3");
		assertThat(objects.exists(key)).isTrue();

		byte[] downloaded = mvc.perform(bearer(get("/api/v1/files/" + stored.id()), token("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf());

		files.delete(stored.id());
		assertThat(objects.exists(key)).isFalse();
		assertThat(files.find(stored.id())).isEmpty();
	}

	@Test
	void aRolledBackUploadLeavesNoObjectInTheBucket() throws IOException {
		UUID[] id = new UUID[1];
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			id[0] = files.store(new ByteArrayInputStream(pdf()), "a.pdf", Set.of(FileKind.PDF), "test").id();
			throw new IllegalStateException("commit fails");
		})).hasMessage("commit fails");
		assertThat(objects.exists(key(id[0]))).isFalse();
		assertThat(files.find(id[0])).isEmpty();
	}

	@Test
	void theCleanUpRemovesObjectsWithoutARowOnceTheyAreADayOld() throws Exception {
		// the S3 server dates each object by its own (real) clock: the platform's clock starts from the same moment
		clock.setTo(java.time.Instant.now());
		Path orphan = Files.write(Files.createTempFile("orphan", ".pdf"), pdf());
		String orphanKey = "zz/" + UUID.randomUUID();
		objects.put(orphanKey, orphan, Files.size(orphan));
		StoredFile kept = files.store(new ByteArrayInputStream(pdf()), "kept.pdf", Set.of(FileKind.PDF), "test");

		orphans.runOnce();
		assertThat(objects.exists(orphanKey)).as("an orphan younger than a day may be an upload in flight").isTrue();

		advance(Duration.ofHours(25));
		orphans.runOnce();
		assertThat(objects.exists(orphanKey)).isFalse();
		assertThat(objects.exists(key(kept.id()))).isTrue();
	}

	@Test
	void readinessIncludesTheDatabaseAndTheBucket() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.fileStore.status").value("UP"));
	}

	/**
	 * {@code --migrate-files-to=s3}: local files go to the bucket under their recorded key, checked against their
	 * recorded SHA-256; a file whose bytes no longer match is not left in the bucket, a missing one is reported, and a
	 * second run finds the copied ones already there.
	 */
	@Test
	void theMigrationCopiesLocalFilesIntoTheBucketVerifyingTheirChecksums() throws Exception {
		jdbc.update("delete from stored_files");
		LocalObjectStore local = new LocalObjectStore(Path.of(dataDir, "files"));
		String good = localFile(local, pdf(), pdf());
		String corrupt = localFile(local, pdf(), "%PDF-tampered %%EOF".getBytes(StandardCharsets.US_ASCII));
		String missing = "mm/" + UUID.randomUUID();
		repository.save(new StoredFileEntity(UUID.randomUUID(), "gone.pdf", FileKind.PDF, 3, "00", missing,
				clock.instant(), "test"));

		FileMigration.Report first = migration.toS3();
		assertThat(first).isEqualTo(new FileMigration.Report(1, 0, 1, 1));
		assertThat(first.clean()).isFalse();
		try (InputStream in = objects.open(good)) {
			assertThat(in.readAllBytes()).isEqualTo(pdf());
		}
		assertThat(objects.exists(corrupt)).isFalse();

		assertThat(migration.toS3()).isEqualTo(new FileMigration.Report(0, 1, 1, 1));
	}

	/** Writes {@code actual} locally with a row recording the size and checksum of {@code recorded}. */
	private String localFile(LocalObjectStore local, byte[] recorded, byte[] actual) throws Exception {
		UUID id = UUID.randomUUID();
		String key = key(id);
		Path source = Files.write(Files.createTempFile("local", ".pdf"), actual);
		local.put(key, source, actual.length);
		String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(recorded));
		repository.save(new StoredFileEntity(id, "f.pdf", FileKind.PDF, recorded.length, sha, key, clock.instant(),
				"test"));
		return key;
	}

	private static String key(UUID id) {
		return id.toString().substring(0, 2) + "/" + id;
	}
}
