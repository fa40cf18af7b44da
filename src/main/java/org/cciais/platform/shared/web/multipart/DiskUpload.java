package org.cciais.platform.shared.web.multipart;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file part streamed to a temporary file. When the part was longer than the limit, only the count of its bytes is
 * kept ({@link #isOversized()}): its content is gone, so that the controller can still answer with the form.
 */
final class DiskUpload implements MultipartFile {

	private final String fieldName;
	private final String originalFilename;
	private final String contentType;
	private final Path file;
	private final long size;

	DiskUpload(String fieldName, String originalFilename, String contentType, Path file, long size) {
		this.fieldName = fieldName;
		this.originalFilename = originalFilename;
		this.contentType = contentType;
		this.file = file;
		this.size = size;
	}

	boolean isOversized() {
		return file == null;
	}

	Path path() {
		return file;
	}

	@Override
	public String getName() {
		return fieldName;
	}

	@Override
	public String getOriginalFilename() {
		return originalFilename;
	}

	@Override
	public String getContentType() {
		return contentType;
	}

	@Override
	public boolean isEmpty() {
		return size == 0;
	}

	@Override
	public long getSize() {
		return size;
	}

	@Override
	public byte[] getBytes() throws IOException {
		return Files.readAllBytes(requireContent());
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return Files.newInputStream(requireContent());
	}

	@Override
	public void transferTo(File dest) throws IOException {
		transferTo(dest.toPath());
	}

	@Override
	public void transferTo(Path dest) throws IOException {
		Files.copy(requireContent(), dest, StandardCopyOption.REPLACE_EXISTING);
	}

	private Path requireContent() throws IOException {
		if (file == null) {
			throw new IOException("upload over the size limit: its content was not kept");
		}
		return file;
	}
}
