package org.cciais.platform.storage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where stored files live ({@code cciais.storage.*}).
 *
 * @param type {@code local} (a folder under the data directory, the default) or {@code s3} (an S3-compatible bucket)
 * @param s3 the bucket, used when {@code type} is {@code s3} and by {@code --migrate-files-to=s3}
 * @param orphanCleanupCron when the job removing stored objects without a database row older than a day runs
 */
@Validated
@ConfigurationProperties("cciais.storage")
public record StorageProperties(@NotNull @DefaultValue("local") Type type, @Valid @NotNull @DefaultValue S3 s3,
		@NotBlank @DefaultValue("0 40 3 * * *") String orphanCleanupCron) {

	public enum Type {
		LOCAL, S3
	}

	/**
	 * An S3-compatible bucket, addressed path-style ({@code endpoint/bucket/key}).
	 *
	 * @param endpoint e.g. {@code http://minio:9000}; empty means the AWS endpoint of the region
	 * @param region signing region; most S3-compatible servers accept {@code us-east-1}
	 * @param bucket the bucket, created beforehand (versioning on for backups)
	 * @param accessKey access key id
	 * @param secretKey secret access key
	 */
	public record S3(String endpoint, @NotBlank @DefaultValue("us-east-1") String region, String bucket,
			String accessKey, String secretKey) {

		public boolean configured() {
			return bucket != null && !bucket.isBlank();
		}
	}

	@AssertTrue(message = "cciais.storage.s3.bucket (CCIAIS_S3_BUCKET) is required when cciais.storage.type is s3")
	public boolean isBucketGivenForS3() {
		return type != Type.S3 || s3.configured();
	}
}
