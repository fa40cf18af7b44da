package org.cciais.platform.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.cciais.platform.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Copies every stored file from the local folder into the S3 bucket ({@code --migrate-files-to=s3}). Each object is
 * read back and its SHA-256 compared with the one recorded at upload; an object already in the bucket with the
 * recorded checksum is left alone, so the command can be re-run after an interruption. The key of an object is
 * the {@code storage_path} already in the database, so nothing in the database changes: after a clean run the
 * nodes are restarted with {@code CCIAIS_STORAGE=s3}.
 */
@Component
public class FileMigration {

	private static final Logger log = LoggerFactory.getLogger(FileMigration.class);

	private final StoredFileRepository repository;
	private final StorageProperties properties;
	private final String dataDir;

	FileMigration(StoredFileRepository repository, StorageProperties properties,
			@Value("${cciais.data-dir}") String dataDir) {
		this.repository = repository;
		this.properties = properties;
		this.dataDir = dataDir;
	}

	public record Report(int copied, int alreadyThere, int missingLocally, int failed) {

		public boolean clean() {
			return missingLocally == 0 && failed == 0;
		}
	}

	public Report toS3() {
		if (!properties.s3().configured()) {
			throw new IllegalStateException("set CCIAIS_S3_BUCKET (and endpoint, keys) before --migrate-files-to=s3");
		}
		return migrate(StorageConfiguration.local(dataDir), StorageConfiguration.s3(properties.s3()));
	}

	Report migrate(ObjectStore from, ObjectStore to) {
		int copied = 0;
		int there = 0;
		int missing = 0;
		int failed = 0;
		Page<StoredFileEntity> page = repository.findAll(PageRequest.of(0, 200, Sort.by("id")));
		while (true) {
			for (StoredFileEntity file : page) {
				String key = file.getStoragePath();
				try {
					if (to.size(key) == file.getSizeBytes() && sha256(to, key).equals(file.getSha256())) {
						there++;
					}
					else if (!from.exists(key)) {
						log.warn("Stored file {} has no local file at {}", file.getId(), key);
						missing++;
					}
					else {
						Path source = ((LocalObjectStore) from).resolve(key);
						to.put(key, source, from.size(key));
						if (sha256(to, key).equals(file.getSha256())) {
							copied++;
						}
						else {
							log.warn("Checksum of {} differs after copying; object removed", key);
							to.delete(key);
							failed++;
						}
					}
				}
				catch (IOException | RuntimeException ex) {
					log.warn("Could not copy {}: {}", key, ex.getMessage());
					failed++;
				}
			}
			if (!page.hasNext()) {
				break;
			}
			page = repository.findAll(page.nextPageable());
		}
		Report report = new Report(copied, there, missing, failed);
		log.info("File migration to {}: {}", to.type(), report);
		return report;
	}

	private static String sha256(ObjectStore store, String key) throws IOException {
		try (InputStream in = new DigestInputStream(store.open(key), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
