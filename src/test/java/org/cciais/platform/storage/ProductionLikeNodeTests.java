package org.cciais.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.cciais.platform.testing.ClusterNode;
import org.cciais.platform.testing.PlatformProcess;
import org.cciais.platform.testing.PlatformTestSupport;
import org.cciais.platform.testing.S3rver;
import org.cciais.platform.testing.SharedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node as production runs it: its own JVM with a 256 MB heap, files in the S3 store ({@code s3rver}), the log as
 * ECS JSON ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}, issue 13 item 9).
 * <p>
 * Issue 13 item 2, 100 MB uploads to the S3 store at {@code -Xmx256m}: two 100 MB licences are uploaded at the same time and then
 * downloaded at the same time. Had either direction held a whole file in memory, two of them beside the
 * application's own working set would not fit in the heap; both files come back byte for byte (SHA-256) and the
 * process is alive afterwards.
 */
@ExtendWith(S3rver.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionLikeNodeTests extends PlatformTestSupport {

	private static final long HUNDRED_MB = 100L * 1024 * 1024;

	private final ObjectMapper mapper = new ObjectMapper();

	private SharedDatabase database;

	private PlatformProcess platform;

	private Path work;

	@BeforeAll
	void start() throws Exception {
		work = Files.createTempDirectory("large-upload");
		database = SharedDatabase.create("large");
		Map<String, String> props = new HashMap<>(ClusterNode.s3Properties());
		props.put("logging.structured.format.console", "ecs");
		platform = PlatformProcess.start("production-like-node", database, work.resolve("data"), props, "256m");
	}

	@AfterAll
	void stop() throws Exception {
		if (platform != null) {
			platform.close();
		}
		if (database != null) {
			database.close();
		}
		if (work != null) {
			try (var files = Files.walk(work)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	void twoHundredMegabyteLicencesAtOnceGoToTheBucketAndComeBackWholeWithA256MegabyteHeap() throws Exception {
		List<Path> pdfs = List.of(bigPdf("a.pdf", (byte) 'a'), bigPdf("b.pdf", (byte) 'b'));
		List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
		List<String> usernames = new ArrayList<>();
		for (Path pdf : pdfs) {
			String username = unique("big");
			usernames.add(username);
			String data = mapper.writeValueAsString(registrationData(username, creditCode()));
			uploads.add(CompletableFuture.supplyAsync(() -> {
				try {
					return platform.http().multipart("POST", "/api/v1/registrations/enterprise", null, data,
							"营业执照.pdf", "application/pdf", pdf);
				}
				catch (IOException | InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		for (var upload : uploads) {
			HttpResponse<String> answer = upload.join();
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		}

		String admin = platform.http().login("admin", "admin-test-pass-1");
		List<CompletableFuture<HttpResponse<Path>>> downloads = new ArrayList<>();
		for (int i = 0; i < pdfs.size(); i++) {
			UUID licence = database.jdbc()
				.sql("select licence_file_id from enterprises e join accounts a on a.enterprise_id = e.id where a.username = ?")
				.param(usernames.get(i))
				.query(UUID.class)
				.single();
			Path target = work.resolve("back-" + i + ".pdf");
			downloads.add(CompletableFuture.supplyAsync(() -> {
				try {
					return platform.http().downloadTo("/files/" + licence, admin, target);
				}
				catch (IOException | InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		for (int i = 0; i < pdfs.size(); i++) {
			HttpResponse<Path> answer = downloads.get(i).join();
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(Files.size(answer.body())).isEqualTo(HUNDRED_MB);
			assertThat(sha256(answer.body())).isEqualTo(sha256(pdfs.get(i)));
		}
		assertThat(platform.isAlive()).as("the 256 MB JVM survived").isTrue();
		Path local = work.resolve("data").resolve("files");
		if (Files.exists(local)) {
			try (var kept = Files.walk(local)) {
				assertThat(kept.filter(Files::isRegularFile).toList()).as("files kept on the node's disk, not in the bucket")
					.isEmpty();
			}
		}
	}

	@Test
	void theNodeWritesItsLogAsOneEcsJsonObjectPerLine() throws IOException {
		List<String> lines = Files.readAllLines(platform.log()).stream().filter(l -> !l.isBlank()).toList();
		List<String> json = lines.stream().filter(l -> l.startsWith("{")).toList();
		assertThat(json).as("JSON log lines").hasSizeGreaterThan(20);
		// only the JVM's own warnings, written before logging starts, may be plain text
		assertThat(lines.stream().filter(l -> !l.startsWith("{")))
			.allMatch(l -> l.startsWith("OpenJDK") || l.startsWith("WARNING") || l.contains("VM warning"));
		for (String line : json) {
			JsonNode entry = mapper.readTree(line);
			assertThat(entry.has("@timestamp") && entry.has("message")).as(line).isTrue();
			assertThat(entry.path("log").path("level").isString() || entry.has("log.level")).as(line).isTrue();
		}
		assertThat(json).anyMatch(l -> l.contains("Started PlatformApplication"));
	}

	/** A file of exactly 100 MB (the upload limit) that the content check takes for a PDF. */
	private Path bigPdf(String name, byte filler) throws IOException {
		Path pdf = work.resolve(name);
		byte[] head = "%PDF-1.4\n".getBytes();
		byte[] tail = "\n%%EOF\n".getBytes();
		byte[] block = new byte[1 << 20];
		java.util.Arrays.fill(block, filler);
		try (OutputStream out = Files.newOutputStream(pdf)) {
			out.write(head);
			long left = HUNDRED_MB - head.length - tail.length;
			while (left > 0) {
				int n = (int) Math.min(left, block.length);
				out.write(block, 0, n);
				left -= n;
			}
			out.write(tail);
		}
		return pdf;
	}

	private static String sha256(Path file) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
