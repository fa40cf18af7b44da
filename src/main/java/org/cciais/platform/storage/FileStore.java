package org.cciais.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PayloadTooLargeException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.UnsupportedFileException;
import org.cciais.platform.storage.internal.LocalObjectStore;
import org.cciais.platform.storage.internal.ObjectStore;
import org.cciais.platform.storage.internal.ObjectStoreResource;
import org.cciais.platform.storage.internal.Signatures;
import org.cciais.platform.storage.internal.StoredFileEntity;
import org.cciais.platform.storage.internal.StoredFileRepository;
import org.cciais.platform.storage.internal.UploadMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * The file store. Uploads are streamed to a temporary file while their size is counted and their
 * SHA-256 computed; only a file within the size limit whose content matches an accepted kind is kept. Nothing is
 * ever held whole in memory. The checked file then goes to the {@link ObjectStore} (a local folder or an S3 bucket,
 * {@code cciais.storage.type}) before its row is written: a failed store write leaves no row, a rolled-back row
 * deletes its object, and {@code OrphanCleanupJob} removes what a crash left between the two.
 */
@Service
@Transactional
public class FileStore {

	private final StoredFileRepository repository;
	private final List<FileAccessPolicy> policies;
	private final Clock clock;
	private final ObjectStore objects;
	private final UploadMetrics metrics;
	private final Path tmp;
	private final long maxBytes;

	FileStore(StoredFileRepository repository, List<FileAccessPolicy> policies, Clock clock, ObjectStore objects,
			UploadMetrics metrics, @Value("${cciais.data-dir}") String dataDir,
			@Value("${cciais.upload.max-bytes}") long maxBytes) {
		this.repository = repository;
		this.policies = policies;
		this.clock = clock;
		this.objects = objects;
		this.metrics = metrics;
		this.tmp = Path.of(dataDir, "tmp").toAbsolutePath();
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	public StoredFile store(MultipartFile upload, Set<FileKind> accepted, String createdBy) {
		if (upload == null || upload.isEmpty()) {
			throw metrics.refused(new InvalidInputException("file", "storage.file.empty"));
		}
		if (upload.getSize() > maxBytes) {
			throw metrics.refused(new PayloadTooLargeException("error.fileTooLarge"));
		}
		try (InputStream in = upload.getInputStream()) {
			return store(in, upload.getOriginalFilename(), accepted, createdBy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Streams {@code in} to disk and keeps it when it is at most {@link #maxBytes()} long and its content is one of
	 * {@code accepted}; otherwise nothing is kept and a 413 or 415 refusal is thrown.
	 */
	public StoredFile store(InputStream in, String originalName, Set<FileKind> accepted, String createdBy) {
		UUID id = UUID.randomUUID();
		Path temp = null;
		try {
			Files.createDirectories(tmp);
			temp = Files.createTempFile(tmp, "upload-", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size = 0;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
				byte[] buffer = new byte[64 * 1024];
				int n;
				while ((n = in.read(buffer)) != -1) {
					size += n;
					if (size > maxBytes) {
						throw new PayloadTooLargeException("error.fileTooLarge");
					}
					out.write(buffer, 0, n);
				}
			}
			if (size == 0) {
				throw new InvalidInputException("file", "storage.file.empty");
			}
			FileKind kind = null;
			for (FileKind candidate : accepted) {
				if (Signatures.matches(temp, candidate)) {
					kind = candidate;
					break;
				}
			}
			if (kind == null) {
				throw new UnsupportedFileException("storage.file.kind", either(accepted));
			}
			String relative = id.toString().substring(0, 2) + "/" + id;
			if (objects instanceof LocalObjectStore local) {
				local.moveIn(relative, temp);
				temp = null;
			}
			else {
				objects.put(relative, temp, size);
			}
			deleteOnRollback(relative);
			StoredFileEntity saved = repository.save(new StoredFileEntity(id, cleanName(originalName, kind), kind,
					size, HexFormat.of().formatHex(sha.digest()), relative, clock.instant(), createdBy));
			metrics.stored(size);
			return saved.toView();
		}
		catch (PlatformException ex) {
			throw metrics.refused(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// the tmp folder is swept on the next start
				}
			}
		}
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> find(UUID id) {
		return id == null ? Optional.empty() : repository.findById(id).map(StoredFileEntity::toView);
	}

	@Transactional(readOnly = true)
	public Resource open(UUID id) {
		StoredFileEntity entity = repository.findById(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		return new ObjectStoreResource(objects, entity.getStoragePath(), entity.toView().size());
	}

	/** ADMIN, or a party of the case the file belongs to according to some module's policy. */
	@Transactional(readOnly = true)
	public boolean mayRead(UUID id, PlatformPrincipal who) {
		if (who == null || repository.findById(id).isEmpty()) {
			return false;
		}
		return who.is(Role.ADMIN) || policies.stream().anyMatch(p -> p.mayRead(id, who));
	}

	/** Deletes the file and its record; the bytes go once the transaction commits. */
	public void delete(UUID id) {
		if (id == null) {
			return;
		}
		repository.findById(id).ifPresent(entity -> {
			String key = entity.getStoragePath();
			repository.delete(entity);
			afterCommit(() -> {
				try {
					objects.delete(key);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		});
	}

	@Transactional(readOnly = true)
	public boolean existsOnDisk(UUID id) {
		return repository.findById(id).map(e -> {
			try {
				return objects.exists(e.getStoragePath());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).orElse(false);
	}

	private void deleteOnRollback(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							objects.delete(key);
						}
						catch (IOException ignored) {
							// an object without a row is removed by the orphan clean-up a day later
						}
					}
				}
			});
		}
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	/**
	 * The name a file is kept and offered for download under: the last path segment of what the uploader sent,
	 * without control, format (bidirectional override) and reserved characters, at most 100 characters, always with
	 * the extension of its real kind ({@code x.html} holding a PDF becomes {@code x.pdf}).
	 */
	static String cleanName(String name, FileKind kind) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}\"<>:|?*]", "").strip();
		int dot = base.lastIndexOf('.');
		if (dot >= 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceAll("^[.\\s]+|[.\\s]+$", "");
		if (base.codePointCount(0, base.length()) > 100) {
			base = base.substring(0, base.offsetByCodePoints(0, 100));
		}
		return (base.isEmpty() ? "file" : base) + "." + kind.extension();
	}


	/** "PDF 或 RAR" in the reader's language, resolved with the refusal. */
	private static Object either(java.util.Collection<FileKind> kinds) {
		java.util.List<String> labels = kinds.stream().map(FileKind::label).sorted().toList();
		Object words = labels.get(0);
		for (String next : labels.subList(1, labels.size())) {
			words = new org.springframework.context.support.DefaultMessageSourceResolvable(
					new String[] { "storage.file.or" }, new Object[] { words, next });
		}
		return words;
	}
}
