package org.cciais.platform.storage.internal;

import java.net.URI;
import java.nio.file.Path;

import org.cciais.platform.storage.StorageProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Chooses the object store from {@code cciais.storage.type}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	ObjectStore objectStore(StorageProperties properties, @Value("${cciais.data-dir}") String dataDir) {
		return switch (properties.type()) {
			case LOCAL -> local(dataDir);
			case S3 -> s3(properties.s3());
		};
	}

	static LocalObjectStore local(String dataDir) {
		return new LocalObjectStore(Path.of(dataDir, "files"));
	}

	static S3ObjectStore s3(StorageProperties.S3 s3) {
		return new S3ObjectStore(client(s3), s3.bucket());
	}

	/**
	 * Path-style, whole (not aws-chunked) signed bodies, which every S3-compatible server reads (s3rver stores the
	 * chunk framing as content otherwise), and checksums only where the API requires them: the SDK's default CRC32 trailers are not
	 * understood by many S3-compatible servers.
	 */
	static S3Client client(StorageProperties.S3 s3) {
		var builder = S3Client.builder()
			.region(Region.of(s3.region()))
			.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).chunkedEncodingEnabled(false)
				.build())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(s3.endpoint()));
		}
		if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
			builder.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		return builder.build();
	}
}
