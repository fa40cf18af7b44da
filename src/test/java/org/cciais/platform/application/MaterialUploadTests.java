package org.cciais.platform.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.cciais.platform.storage.FileKind;
import org.cciais.platform.storage.FileStore;
import org.cciais.platform.storage.StoredFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Manual 3.4.2: PDF only (RAR where the catalogue says), at most 100 MB, checked by content and size before anything
 * is kept, streamed to disk; one file per item, replaceable.
 */
class MaterialUploadTests extends ApplicationTestSupport {

	private static final long LIMIT = 100L * 1024 * 1024;

	@Autowired
	FileStore fileStore;

	@Autowired
	ApplicationManagement management;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${cciais.data-dir}")
	String dataDir;

	@Test
	void refusesARenamedImageATruncatedPdfAndARarWherePdfIsRequiredKeepingNothing() throws Exception {
		Parties p = parties();
		long id = accepted(p, "GOVERNMENT");
		long filesBefore = storedFiles();
		long onDiskBefore = filesOnDisk();

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		upload(p.enterpriseToken(), id, "M01", new MockMultipartFile("file", "营业执照.pdf", "application/pdf", png))
			.andExpect(status().isUnsupportedMediaType());
		byte[] pdf = pdf();
		byte[] truncated = Arrays.copyOf(pdf, pdf.length - 8);
		upload(p.enterpriseToken(), id, "M01", new MockMultipartFile("file", "scan.pdf", "application/pdf", truncated))
			.andExpect(status().isUnsupportedMediaType());
		upload(p.enterpriseToken(), id, "M01", rarPart("file")).andExpect(status().isUnsupportedMediaType());
		upload(p.enterpriseToken(), id, "M99", pdfPart("file")).andExpect(status().isNotFound());

		assertThat(storedFiles()).isEqualTo(filesBefore);
		assertThat(filesOnDisk()).isEqualTo(onDiskBefore);
		assertThat(view(p.enterpriseToken(), id).get("materials").get(0).get("uploaded").asBoolean()).isFalse();

		// the contracts item takes RAR, and PDF as well
		assertThat(ok(upload(p.enterpriseToken(), id, "M09", rarPart("file"))).get("uploaded").asBoolean()).isTrue();
		assertThat(ok(upload(p.enterpriseToken(), id, "M09", pdfPart("file"))).get("uploaded").asBoolean()).isTrue();
	}

	@Test
	void replacingAnItemDeletesThePreviousFile() throws Exception {
		Parties p = parties();
		long id = accepted(p, "FINANCE");
		String first = ok(upload(p.enterpriseToken(), id, "M02", pdfPart("file"))).get("fileId").asText();
		assertThat(onDisk(first)).isTrue();
		String second = ok(upload(p.enterpriseToken(), id, "M02", pdfPart("file"))).get("fileId").asText();
		assertThat(second).isNotEqualTo(first);
		assertThat(onDisk(first)).isFalse();
		assertThat(fileStore.find(UUID.fromString(first))).isEmpty();
		assertThat(onDisk(second)).isTrue();
		JsonNode item = view(p.enterpriseToken(), id).get("materials").get(1);
		assertThat(item.get("fileId").asText()).isEqualTo(second);
	}

	@Test
	void aFileOfOneHundredMegabytesAndOneByteIsRefusedWithoutKeepingAnything() throws Exception {
		Parties p = parties();
		long id = accepted(p, "TELECOM");
		long filesBefore = storedFiles();
		long onDiskBefore = filesOnDisk();
		byte[] big = new byte[(int) LIMIT + 1];
		byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, big, 0, header.length);
		upload(p.enterpriseToken(), id, "M03",
				new MockMultipartFile("file", "big.pdf", MediaType.APPLICATION_PDF_VALUE, big))
			.andExpect(status().isPayloadTooLarge());
		big = null;
		assertThat(storedFiles()).isEqualTo(filesBefore);
		assertThat(filesOnDisk()).isEqualTo(onDiskBefore);
	}

	@Test
	void aStreamOfOneHundredMegabytesAndOneByteIsRefusedWithoutKeepingAnything() throws Exception {
		Path big = generatePdf(LIMIT + 1);
		try (InputStream in = Files.newInputStream(big)) {
			long filesBefore = storedFiles();
			long onDiskBefore = filesOnDisk();
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> fileStore.store(in, "big.pdf", Set.of(FileKind.PDF), "test"))
				.isInstanceOf(org.cciais.platform.shared.PayloadTooLargeException.class);
			assertThat(storedFiles()).isEqualTo(filesBefore);
			assertThat(filesOnDisk()).isEqualTo(onDiskBefore);
		}
		finally {
			Files.deleteIfExists(big);
		}
	}

	/**
	 * A real 100 MB PDF is accepted as a material, streamed from disk to disk: the heap allocated while storing it
	 * stays far below its size (MockMvc would hold the upload in memory, so this goes through the service with a
	 * file-backed part, as Tomcat hands it over with {@code file-size-threshold=0}).
	 */
	@Test
	void aRealOneHundredMegabytePdfIsAcceptedWithoutHoldingItInMemory() throws Exception {
		Parties p = parties();
		long id = accepted(p, "DEFENSE");
		Path pdf = generatePdf(LIMIT);
		try {
			var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
			var memory = ManagementFactory.getMemoryMXBean();
			System.gc();
			long heapBefore = memory.getHeapMemoryUsage().getUsed();
			long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

			var material = management.uploadMaterial(id, "M04", new FileBackedPart(pdf),
					p.enterprise().principal());

			long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
			System.gc();
			long heapGrowth = memory.getHeapMemoryUsage().getUsed() - heapBefore;
			assertThat(material.uploaded()).isTrue();
			StoredFile stored = fileStore.find(material.fileId()).orElseThrow();
			assertThat(stored.size()).isEqualTo(LIMIT);
			assertThat(onDisk(material.fileId().toString())).isTrue();
			assertThat(allocated).as("bytes allocated while storing 100 MB").isLessThan(LIMIT / 4);
			assertThat(heapGrowth).as("heap growth").isLessThan(LIMIT / 4);
		}
		finally {
			Files.deleteIfExists(pdf);
		}
	}

	/** Header, padding in 1 MiB comment lines, trailer: a PDF of exactly {@code size} bytes, written streaming. */
	private static Path generatePdf(long size) throws IOException {
		Path file = Files.createTempFile("big-", ".pdf");
		byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] tail = "\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] chunk = new byte[1024 * 1024];
		Arrays.fill(chunk, (byte) ' ');
		chunk[0] = '%';
		chunk[chunk.length - 1] = '\n';
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(head);
			long remaining = size - head.length - tail.length;
			while (remaining > 0) {
				int n = (int) Math.min(chunk.length, remaining);
				out.write(chunk, 0, n);
				remaining -= n;
			}
			out.write(tail);
		}
		assertThat(Files.size(file)).isEqualTo(size);
		return file;
	}

	private long storedFiles() {
		return jdbc.queryForObject("select count(*) from stored_files", Long.class);
	}

	private long filesOnDisk() throws IOException {
		Path root = Path.of(dataDir, "files");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	private boolean onDisk(String fileId) {
		return Files.exists(Path.of(dataDir, "files", fileId.substring(0, 2), fileId));
	}

	/** A multipart file on disk, as Tomcat provides it; reading it whole into memory is an error. */
	private record FileBackedPart(Path path) implements MultipartFile {

		@Override
		public String getName() {
			return "file";
		}

		@Override
		public String getOriginalFilename() {
			return "财务审计报告.pdf";
		}

		@Override
		public String getContentType() {
			return MediaType.APPLICATION_PDF_VALUE;
		}

		@Override
		public boolean isEmpty() {
			return getSize() == 0;
		}

		@Override
		public long getSize() {
			try {
				return Files.size(path);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		@Override
		public byte[] getBytes() {
			throw new AssertionError("the upload must be streamed, never read whole");
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return Files.newInputStream(path);
		}

		@Override
		public void transferTo(java.io.File dest) throws IOException {
			Files.copy(path, dest.toPath());
		}
	}
}
