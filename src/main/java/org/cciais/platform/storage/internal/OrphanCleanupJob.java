package org.cciais.platform.storage.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what a crash or a failed commit left behind, once per cluster: stored objects without a
 * {@code stored_files} row, and half-written uploads in the temporary folder, each only when older than a day (an
 * upload in flight has its object before its row is committed). The temporary folder ({@code <data-dir>/tmp}, one
 * per node) is also swept when the node starts: a file there older than this process was left by a process that
 * died mid-upload (SIGKILL, power loss) and is removed at once, not a day later.
 */
@Component
public class OrphanCleanupJob {

	static final Duration MIN_AGE = Duration.ofDays(1);
	private static final Logger log = LoggerFactory.getLogger(OrphanCleanupJob.class);
	private static final int BATCH = 500;

	private final ObjectStore objects;
	private final StoredFileRepository repository;
	private final Clock clock;
	private final Path tmp;

	OrphanCleanupJob(ObjectStore objects, StoredFileRepository repository, Clock clock,
			@Value("${cciais.data-dir}") String dataDir) {
		this.objects = objects;
		this.repository = repository;
		this.clock = clock;
		this.tmp = Path.of(dataDir, "tmp");
	}

	@Scheduled(cron = "${cciais.storage.orphan-cleanup-cron}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "storage-orphan-cleanup", lockAtMostFor = "PT1H")
	public void scheduled() {
		int removed = runOnce();
		if (removed > 0) {
			log.info("Removed {} orphan stored objects or partial uploads", removed);
		}
	}

	/** At start-up, the partial uploads of earlier processes: none of this process is older than its start. */
	@EventListener(ApplicationStartedEvent.class)
	public void removeLeftoversOfEarlierProcesses() {
		Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		try {
			int removed = removeOldTemporaryFiles(started);
			if (removed > 0) {
				log.info("Removed {} partial upload(s) left in {} by an earlier process", removed, tmp);
			}
		}
		catch (IOException ex) {
			log.warn("Could not sweep {} at start-up: {}", tmp, ex.getMessage());
		}
	}

	/** Returns how many objects and temporary files were removed. */
	public int runOnce() {
		Instant cutOff = clock.instant().minus(MIN_AGE);
		// file times are real time, whatever the (adjustable) platform clock says
		Instant temporaryCutOff = Clock.systemUTC().instant().minus(MIN_AGE);
		List<String> candidates = new ArrayList<>();
		int[] removed = { 0 };
		try {
			objects.list(object -> {
				if (object.lastModified().isBefore(cutOff)) {
					candidates.add(object.key());
					if (candidates.size() == BATCH) {
						removed[0] += removeUnreferenced(candidates);
						candidates.clear();
					}
				}
			});
			removed[0] += removeUnreferenced(candidates);
			removed[0] += removeOldTemporaryFiles(temporaryCutOff);
		}
		catch (IOException ex) {
			log.warn("Orphan clean-up stopped: {}", ex.getMessage());
		}
		return removed[0];
	}

	private int removeUnreferenced(List<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		Set<String> referenced = new HashSet<>(repository.findStoragePathsIn(keys));
		int removed = 0;
		for (String key : keys) {
			if (!referenced.contains(key)) {
				try {
					objects.delete(key);
					removed++;
				}
				catch (IOException ex) {
					log.warn("Could not remove orphan object {}: {}", key, ex.getMessage());
				}
			}
		}
		return removed;
	}

	private int removeOldTemporaryFiles(Instant cutOff) throws IOException {
		if (!Files.isDirectory(tmp)) {
			return 0;
		}
		int removed = 0;
		try (Stream<Path> files = Files.list(tmp)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(cutOff) && Files.deleteIfExists(file)) {
					removed++;
				}
			}
		}
		return removed;
	}
}
