package org.cciais.platform.storage.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cciais.platform.storage.StorageProperties;
import org.cciais.platform.testing.S3rver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same contract against a real S3-compatible server (s3rver), multipart included. */
@ExtendWith(S3rver.class)
class S3ObjectStoreTests extends ObjectStoreContract {

	static final long HUNDRED_MB = 100L * 1024 * 1024;

	@Override
	ObjectStore createStore() {
		return StorageConfiguration.s3(settings(S3rver.BUCKET));
	}

	static StorageProperties.S3 settings(String bucket) {
		return new StorageProperties.S3(S3rver.endpoint(), S3rver.REGION, bucket, S3rver.ACCESS_KEY,
				S3rver.SECRET_KEY);
	}

	/** Thirteen parts through one 8 MB buffer: the heap allocated while sending stays far below the file. */
	@Test
	void aHundredMegabyteFileIsSentPartByPartWithoutHoldingItInMemory() throws Exception {
		Path file = random(HUNDRED_MB);
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		var memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

		store.put(prefix + "hundred", file, HUNDRED_MB);

		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		System.gc();
		long heapGrowth = memory.getHeapMemoryUsage().getUsed() - heapBefore;
		Files.delete(file);
		assertThat(allocated).as("bytes allocated on the sending thread").isLessThan(HUNDRED_MB / 2);
		assertThat(heapGrowth).as("heap growth").isLessThan(HUNDRED_MB / 4);
		assertThat(((S3ObjectStore) store).size(prefix + "hundred")).isEqualTo(HUNDRED_MB);
	}

	@Test
	void aMissingBucketFailsTheWriteAndTheHealthCheck() throws IOException {
		ObjectStore missing = StorageConfiguration.s3(settings("no-such-bucket"));
		Path file = write("e.pdf", new byte[] { 1 });
		assertThatThrownBy(() -> missing.put("k", file, 1)).isInstanceOf(IOException.class);
		assertThatThrownBy(missing::check).isInstanceOf(IOException.class);
	}
}
