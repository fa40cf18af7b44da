package org.cciais.platform.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3-compatible bucket (MinIO, Ceph RGW, Aliyun OSS, Huawei OBS, AWS), path-style. Files above one part are sent
 * as a multipart upload, part by part through one reused buffer, so memory stays at one part whatever the size; a
 * failed multipart upload is aborted so no half object remains.
 */
public class S3ObjectStore implements ObjectStore {

	static final int PART_SIZE = 8 * 1024 * 1024;

	private final S3Client s3;
	private final String bucket;

	public S3ObjectStore(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public void put(String key, Path source, long size) throws IOException {
		try {
			if (size <= PART_SIZE) {
				s3.putObject(b -> b.bucket(bucket).key(key).contentLength(size), RequestBody.fromFile(source));
			}
			else {
				putMultipart(key, source);
			}
		}
		catch (SdkException ex) {
			throw new IOException("could not store " + key + " in bucket " + bucket, ex);
		}
	}

	private void putMultipart(String key, Path source) throws IOException {
		String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
		try (InputStream in = Files.newInputStream(source)) {
			byte[] buffer = new byte[PART_SIZE];
			List<CompletedPart> parts = new ArrayList<>();
			int partNumber = 1;
			int n;
			while ((n = in.readNBytes(buffer, 0, PART_SIZE)) > 0) {
				int length = n;
				int number = partNumber++;
				String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
					.contentLength((long) length),
						RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
								"application/octet-stream"))
					.eTag();
				parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
			}
			s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
				.multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
		}
		catch (IOException | RuntimeException ex) {
			try {
				s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
			}
			catch (SdkException abortFailed) {
				ex.addSuppressed(abortFailed);
			}
			throw ex;
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return s3.getObject(b -> b.bucket(bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			throw new java.io.FileNotFoundException(key);
		}
		catch (SdkException ex) {
			throw new IOException("could not read " + key + " from bucket " + bucket, ex);
		}
	}

	@Override
	public boolean exists(String key) throws IOException {
		return size(key) >= 0;
	}

	@Override
	public long size(String key) throws IOException {
		try {
			return s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
		}
		catch (NoSuchKeyException ex) {
			return -1;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return -1;
			}
			throw new IOException(ex);
		}
		catch (SdkException ex) {
			throw new IOException(ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("could not delete " + key + " from bucket " + bucket, ex);
		}
	}

	@Override
	public void list(Consumer<StoredObject> each) throws IOException {
		try {
			for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
				each.accept(new StoredObject(object.key(), object.lastModified()));
			}
		}
		catch (SdkException ex) {
			throw new IOException(ex);
		}
	}

	@Override
	public void check() throws IOException {
		try {
			s3.headBucket(b -> b.bucket(bucket));
		}
		catch (SdkException ex) {
			throw new IOException("bucket " + bucket + " not reachable", ex);
		}
	}

	@Override
	public String type() {
		return "s3";
	}
}
