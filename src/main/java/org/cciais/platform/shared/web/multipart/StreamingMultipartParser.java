package org.cciais.platform.shared.web.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;

/**
 * Reads a multipart body as a stream, part by part (Apache Commons FileUpload): text fields into memory (bounded),
 * each file into its own temporary file. A file longer than {@code maxFileBytes} is not refused here: its bytes past
 * the limit are read and dropped and it becomes an oversized upload of that many bytes, so that the other fields
 * survive and the page can show the form again with the message beside the file.
 */
public final class StreamingMultipartParser {

	/** More parts than any of our forms has: a body with more is not one of ours. */
	static final int MAX_PARTS = 200;

	/** The library's default (512 bytes) refuses a file name of 150 Chinese characters. */
	static final int MAX_PART_HEADER_BYTES = 32 * 1024;

	/** All text fields together; our forms hold a few KB (the longest is a 2,000-character opinion). */
	static final long MAX_FIELD_BYTES = 2L * 1024 * 1024;

	private final Path tmp;
	private final long maxFileBytes;

	public StreamingMultipartParser(Path tmp, long maxFileBytes) {
		this.tmp = tmp;
		this.maxFileBytes = maxFileBytes;
	}

	/** The request with its fields and files; {@link #cleanUp} deletes the files once the request is answered. */
	public DefaultMultipartHttpServletRequest parse(HttpServletRequest request) {
		JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
		upload.setHeaderCharset(StandardCharsets.UTF_8);
		upload.setMaxFileCount(MAX_PARTS);
		// a part's headers carry the file name as the browser sent it: room for any name a file system allows
		upload.setMaxPartHeaderSize(MAX_PART_HEADER_BYTES);
		MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Map<String, String> contentTypes = new LinkedHashMap<>();
		long fieldBytes = 0;
		try {
			FileItemInputIterator parts = upload.getItemIterator(request);
			while (parts.hasNext()) {
				FileItemInput part = parts.next();
				String name = part.getFieldName();
				if (name == null) {
					drain(part);
					continue;
				}
				if (part.isFormField()) {
					byte[] value = readField(part, MAX_FIELD_BYTES - fieldBytes);
					fieldBytes += value.length;
					fields.computeIfAbsent(name, n -> new ArrayList<>()).add(new String(value, StandardCharsets.UTF_8));
					// @RequestPart reads a text part through its headers (e.g. the API's JSON "data" part)
					contentTypes.putIfAbsent(name, part.getContentType() != null ? part.getContentType()
							: "text/plain;charset=UTF-8");
				}
				else {
					files.add(name, store(part));
					contentTypes.put(name, part.getContentType());
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			cleanUp(files);
			throw new MultipartException("the multipart body could not be read", ex);
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
		return new DefaultMultipartHttpServletRequest(request, files, parameters, contentTypes);
	}

	public static void cleanUp(MultiValueMap<String, MultipartFile> files) {
		files.values().stream().flatMap(List::stream).forEach(file -> {
			if (file instanceof DiskUpload disk && disk.path() != null) {
				try {
					Files.deleteIfExists(disk.path());
				}
				catch (IOException ignored) {
					// the tmp folder is swept on the next start
				}
			}
		});
	}

	private DiskUpload store(FileItemInput part) throws IOException {
		Files.createDirectories(tmp);
		Path file = Files.createTempFile(tmp, "part-", ".tmp");
		long size = 0;
		boolean kept = false;
		try (InputStream in = part.getInputStream()) {
			byte[] buffer = new byte[64 * 1024];
			try (OutputStream out = Files.newOutputStream(file)) {
				int n;
				while ((n = in.read(buffer)) != -1) {
					long room = maxFileBytes - size;
					if (room > 0) {
						out.write(buffer, 0, (int) Math.min(n, room));
					}
					size += n;
				}
			}
			kept = size <= maxFileBytes;
			return new DiskUpload(part.getFieldName(), part.getName(), part.getContentType(), kept ? file : null,
					size);
		}
		finally {
			if (!kept) {
				Files.deleteIfExists(file);
			}
		}
	}

	private static byte[] readField(FileItemInput part, long room) throws IOException {
		try (InputStream in = part.getInputStream()) {
			byte[] value = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, room + 1));
			if (value.length > room) {
				throw new MultipartException("form fields longer than " + MAX_FIELD_BYTES + " bytes");
			}
			return value;
		}
	}

	private static void drain(FileItemInput part) throws IOException {
		try (InputStream in = part.getInputStream()) {
			in.transferTo(OutputStream.nullOutputStream());
		}
	}
}
