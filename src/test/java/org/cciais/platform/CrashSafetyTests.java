package org.cciais.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.cciais.platform.testing.CrashPoints;
import org.cciais.platform.testing.NodeHttp;
import org.cciais.platform.testing.PlatformProcess;
import org.cciais.platform.testing.PlatformTestSupport;
import org.cciais.platform.testing.SharedDatabase;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9: the platform runs as a child JVM on a database and a data folder it shares with this test, and is killed
 * with SIGKILL while, all at once, a 64 MB upload is half-way through its body, a workflow transition is inside its
 * transaction, the materials deadline sweep is expiring the 600th of 1,000 due cases, and the module events of a
 * committed transition wait unhandled behind a busy listener (the {@link CrashPoints} hold each of them where the
 * kill must land). After a restart on the same data nothing is half done, the partial upload is gone, the sweep
 * catches up once and the event registry hands the unhandled events to their listeners, once; and an Excel export
 * of the audit log is killed with its first 16 KB sent: the client has a broken file it can tell from a whole one,
 * nothing of it is left on the node, the export is not in the audit log as done, and it runs whole after the restart.
 */
// its platform is a child JVM: it runs beside the other classes (junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
class CrashSafetyTests extends PlatformTestSupport {

	private static final String ADMIN_PASSWORD = "admin-test-pass-1";
	private static final String SWEEP = "application-materials-deadline";
	private static final int DUE_CASES = 1000;
	private static final long UPLOAD_BYTES = 64L * 1024 * 1024;

	private static final Path DATA = Path.of("target/crash/data").toAbsolutePath();
	private static final Path POINTS = CrashPoints.folder(DATA);
	/*
	 * The sweep runs when the test says (POST .../jobs/{name}/run), never on its five-minute schedule: a scheduled
	 * run between the seeding and the arming expired the due cases unarmed, and the armed run then found none.
	 */
	private static final String SWEEP_SCHEDULE = "cciais.jobs.materials-deadline";

	private static final Map<String, String> CHILD = Map.of(CrashPoints.ENABLED, "true", "cciais.node-name",
			"crash-node", SWEEP_SCHEDULE, "-",
			// one task thread: the module events behind the blocked listener stay unhandled until the kill
			"spring.task.execution.pool.core-size", "1", "spring.task.execution.pool.max-size", "1");

	private final ObjectMapper mapper = new ObjectMapper();
	private static SharedDatabase database;
	private static PlatformProcess platform;

	@AfterAll
	static void stop() throws Exception {
		if (platform != null) {
			platform.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void afterASigkillInTheMiddleOfEverythingARestartLeavesNoHalfStateAndCatchesUpOnce() throws Exception {
		FileSystemUtils.deleteRecursively(DATA.getParent());
		Files.createDirectories(POINTS);
		database = SharedDatabase.create("crash");
		JdbcClient jdbc = database.jdbc();
		platform = PlatformProcess.start("crash-node-1", database, DATA, CHILD);
		NodeHttp http = platform.http();

		// the parties, through the API
		String admin = http.token("admin", ADMIN_PASSWORD);
		long reviewOrg = created(http.json("POST", "/api/v1/admin/organizations", admin,
				"{\"type\":\"REVIEW\",\"name\":\"" + unique("评审机构") + "\",\"regionGroups\":[\"JJJ\"]}"));
		long consultingOrg = created(http.json("POST", "/api/v1/admin/organizations", admin,
				"{\"type\":\"CONSULTING\",\"name\":\"" + unique("咨询机构") + "\",\"regionGroups\":[\"JJJ\"]}"));
		String orgUser = unique("org");
		created(http.json("POST", "/api/v1/admin/accounts", admin, "{\"role\":\"REVIEW_ORG\",\"username\":\"" + orgUser
				+ "\",\"password\":\"" + PASSWORD + "\",\"organizationId\":" + reviewOrg + "}"));
		String enterpriseUser = unique("ent");
		long enterpriseId = created(http.multipart("POST", "/api/v1/registrations/enterprise", null,
				mapper.writeValueAsString(registrationData(enterpriseUser, creditCode())), "营业执照.pdf",
				"application/pdf", pdf()));
		long enterpriseAccount = jdbc.sql("select id from accounts where username = ?").param(enterpriseUser)
			.query(Long.class).single();
		String enterprise = http.token(enterpriseUser, PASSWORD);
		String org = http.token(orgUser, PASSWORD);
		String apply = "{\"reviewOrgId\":" + reviewOrg + ",\"consultingOrgId\":" + consultingOrg + ",\"industry\":";
		long a = created(http.json("POST", "/api/v1/applications", enterprise, apply + "\"GOVERNMENT\"}"));
		long b = created(http.json("POST", "/api/v1/applications", enterprise, apply + "\"FINANCE\"}"));
		long c = created(http.json("POST", "/api/v1/applications", enterprise, apply + "\"TELECOM\"}"));
		awaitEveryEventHandled(jdbc);
		seedDueCases(jdbc, reviewOrg);

		// 1. a busy module listener: the events of the next committed transition wait behind it
		arm("listener");
		assertThat(http.json("POST", "/api/v1/applications/" + a + "/actions/accept", org, "{}").statusCode())
			.isEqualTo(200);
		platform.awaitFile(POINTS.resolve("listener.reached"));
		assertThat(http.json("POST", "/api/v1/applications/" + b + "/actions/accept", org, "{}").statusCode())
			.isEqualTo(200);
		assertThat(unhandledEventsOf(jdbc, b)).as("B's events wait for the busy listener").isPositive();

		// 2. a transition inside its transaction
		arm("transition");
		var transition = async(http, "/api/v1/applications/" + c + "/actions/accept", org);
		platform.awaitFile(POINTS.resolve("transition.reached"));

		// 3. the deadline sweep in its second batch
		arm("sweep");
		var sweep = async(http, "/api/v1/admin/jobs/" + SWEEP + "/run", admin);
		platform.awaitFile(POINTS.resolve("sweep.reached"));
		assertThat(seededIn(jdbc, "EXPIRED")).as("first batch committed").isEqualTo(500);

		// 4. an Excel export of the audit log with its first rows on the wire
		seedAuditEntries(jdbc);
		String adminSession = http.login("admin", ADMIN_PASSWORD);
		arm("export");
		CompletableFuture<Integer> export = asyncExport(http, adminSession);
		platform.awaitFile(POINTS.resolve("export.reached"));

		// 5. a 64 MB upload half-way through its body
		String uploadUser = unique("big");
		try (Socket upload = startUpload(platform.port(), uploadUser)) {
			Path partial = awaitPartialUpload(upload.getOutputStream());

			platform.kill();
			assertThat(partial).as("SIGKILL left the partial upload behind").exists();
		}
		assertThat(transition.join()).isEqualTo(-1);
		assertThat(sweep.join()).isEqualTo(-1);
		assertThat(export.join()).as("the killed export never arrives whole").isEqualTo(-1);

		platform = PlatformProcess.start("crash-node-2", database, DATA,
				Map.of(CrashPoints.ENABLED, "true", "cciais.node-name", "crash-node", SWEEP_SCHEDULE, "-"));
		http = platform.http();
		admin = http.token("admin", ADMIN_PASSWORD);
		org = http.token(orgUser, PASSWORD);

		// upload: the partial file is gone at start-up, no row of it, every file row has its whole file
		try (Stream<Path> left = Files.list(DATA.resolve("tmp"))) {
			assertThat(left).as("partial uploads after the restart").isEmpty();
		}
		assertThat(jdbc.sql("select count(*) from accounts where username = ?").param(uploadUser)
			.query(Integer.class).single()).isZero();
		List<Map<String, Object>> files = jdbc.sql("select storage_path, size_bytes from stored_files")
			.query().listOfRows();
		assertThat(files).isNotEmpty();
		for (Map<String, Object> file : files) {
			Path onDisk = DATA.resolve("files").resolve((String) file.get("storage_path"));
			assertThat(onDisk).exists();
			assertThat(Files.size(onDisk)).isEqualTo(((Number) file.get("size_bytes")).longValue());
		}
		// no partial file is served: the licence downloads whole
		String licence = jdbc.sql("select cast(licence_file_id as varchar(36)) from enterprises where id = ?")
			.param(enterpriseId).query(String.class).single();
		HttpResponse<byte[]> whole = http.download("/api/v1/files/" + licence, null, admin);
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo(pdf());

		// transition: C is still SUBMITTED with only its submission in the history, and can be accepted now
		assertThat(statusOf(jdbc, c)).isEqualTo("SUBMITTED");
		assertThat(historyOf(jdbc, c)).containsExactly("SUBMITTED");
		assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'application' and object_id = ? "
				+ "and action = 'application.accept'").param(Long.toString(c)).query(Integer.class).single()).isZero();
		assertThat(statusOf(jdbc, a)).isEqualTo("ACCEPTED");
		assertThat(historyOf(jdbc, a)).containsExactly("SUBMITTED", "ACCEPTED");
		assertThat(historyOf(jdbc, b)).containsExactly("SUBMITTED", "ACCEPTED");

		// events: what waited behind the busy listener is republished at start-up and handled once
		awaitEveryEventHandled(jdbc);
		assertThat(notices(jdbc, enterpriseAccount, a, "ACCEPTED")).isEqualTo(1);
		assertThat(notices(jdbc, enterpriseAccount, b, "ACCEPTED")).isEqualTo(1);

		// sweep: the killed run's second batch rolled back whole; the lock of the dead process is released, and
		// one catch-up run expires the other 500, each once
		assertThat(seededIn(jdbc, "EXPIRED")).isEqualTo(500);
		assertThat(seededIn(jdbc, "ACCEPTED")).isEqualTo(500);
		HttpResponse<String> catchUp = http.json("POST", "/api/v1/admin/jobs/" + SWEEP + "/run", admin, null);
		assertThat(catchUp.statusCode()).as(catchUp.body()).isEqualTo(200);
		assertThat(mapper.readTree(catchUp.body()).get("items").asInt()).isEqualTo(500);
		HttpResponse<String> again = http.json("POST", "/api/v1/admin/jobs/" + SWEEP + "/run", admin, null);
		assertThat(mapper.readTree(again.body()).get("items").asInt()).isZero();
		assertThat(seededIn(jdbc, "EXPIRED")).isEqualTo(DUE_CASES);
		assertThat(jdbc.sql("select count(*) from application_history h join qualification_applications a "
				+ "on a.id = h.application_id where a.enterprise_name = 'crash-seed' and h.action = 'expire'")
			.query(Integer.class).single()).isEqualTo(DUE_CASES);
		assertThat(jdbc.sql("select count(*) from (select object_id from audit_log where action = 'application.expire' "
				+ "group by object_id having count(*) > 1) d").query(Integer.class).single()).isZero();
		// the catch-up is the only run that handled anything
		assertThat(jdbc.sql("select items from job_runs where job_name = ? and items > 0 order by id").param(SWEEP)
			.query(Integer.class).list()).as("the killed run left no run-log line").containsExactly(500);
		assertThat(jdbc.sql("select count(*) from job_runs where job_name = ? and result <> 'SUCCESS'").param(SWEEP)
			.query(Integer.class).single()).as("no run failed").isZero();

		// every application is in exactly one state, the one its last history entry names
		assertThat(jdbc.sql("select count(*) from qualification_applications q where q.status <> (select h.to_status "
				+ "from application_history h where h.application_id = q.id order by h.id desc limit 1)")
			.query(Integer.class).single()).isZero();
		assertThat(http.json("POST", "/api/v1/applications/" + c + "/actions/accept", org, "{}").statusCode())
			.isEqualTo(200);
		awaitEveryEventHandled(jdbc);

		// export: the killed one is not recorded as done; after the restart the same export comes whole
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'list.export'").query(Integer.class)
			.single()).as("the killed export is not in the audit log").isZero();
		String session = http.login("admin", ADMIN_PASSWORD);
		long before = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
		HttpResponse<byte[]> file = http.download("/admin/audit?export=xlsx", session);
		long after = jdbc.sql("select count(*) from audit_log where action <> 'list.export'").query(Long.class).single();
		assertThat(file.statusCode()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.body()))) {
			assertThat(workbook.getFirstSheet().read().size() - 1).as("every entry, one row each")
				.isBetween((int) before, (int) after);
		}
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'list.export'").query(Integer.class)
			.single()).isEqualTo(1);
	}

	/** The export of the whole audit log in the background: -1 when the body did not arrive whole. */
	private static CompletableFuture<Integer> asyncExport(NodeHttp http, String session) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				HttpResponse<byte[]> answer = http.download("/admin/audit?export=xlsx", session);
				try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(answer.body()))) {
					workbook.getFirstSheet().read();
					return answer.statusCode();
				}
				catch (IOException | RuntimeException broken) {
					return -1; // a truncated file: it does not open as a workbook
				}
			}
			catch (IOException ex) {
				return -1;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return -2;
			}
		});
	}

	/** 2,500 entries of the audit log: more than two chunks of an export, and far more than its first 16 KB. */
	private static void seedAuditEntries(JdbcClient jdbc) {
		OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
		for (int i = 0; i < 2500; i++) {
			jdbc.sql("insert into audit_log (occurred_at, actor, role, action, object_type, object_id, detail)"
					+ " values (?, 'crash-seed', 'ADMIN', 'organization.create', 'organization', ?, ?)")
				.params(at.plusSeconds(i), Integer.toString(i), "种子记录 " + i)
				.update();
		}
	}

	private static void arm(String point) throws IOException {
		Files.writeString(POINTS.resolve(point + ".armed"), "");
	}

	/** The request in the background; its status, or -1 when the connection died with the process. */
	private static CompletableFuture<Integer> async(NodeHttp http, String path, String token) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return http.json("POST", path, token, "{}").statusCode();
			}
			catch (IOException ex) {
				return -1;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return -2;
			}
		});
	}

	private long created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return mapper.readTree(response.body()).get("id").asLong();
	}

	/** 1,000 applications accepted a week and a day ago, due for the materials deadline sweep. */
	private static void seedDueCases(JdbcClient jdbc, long reviewOrg) {
		OffsetDateTime accepted = OffsetDateTime.now(ZoneOffset.UTC).minusDays(8);
		for (int i = 0; i < DUE_CASES; i++) {
			jdbc.sql("""
					insert into qualification_applications (enterprise_id, enterprise_name, region_code, industry,
					  level, status, open_industry, review_org_id, submitted_at, accepted_at, materials_due_at,
					  updated_at, version)
					values (:enterprise, 'crash-seed', '120000', 'ENERGY', 'LEVEL_3', 'ACCEPTED', 'ENERGY', :org,
					  :accepted, :accepted, :due, :accepted, 0)""")
				.param("enterprise", 9_000_000L + i)
				.param("org", reviewOrg)
				.param("accepted", accepted)
				.param("due", accepted.plusDays(7))
				.update();
		}
		jdbc.sql("""
				insert into application_history (application_id, at, actor, actor_name, role, action, from_status,
				  to_status) select id, accepted_at, 'seed', 'seed', null, 'accept', 'SUBMITTED', 'ACCEPTED'
				from qualification_applications where enterprise_name = 'crash-seed'""").update();
	}

	private static int seededIn(JdbcClient jdbc, String status) {
		return jdbc.sql("select count(*) from qualification_applications where enterprise_name = 'crash-seed' "
				+ "and status = ?").param(status).query(Integer.class).single();
	}

	private static String statusOf(JdbcClient jdbc, long id) {
		return jdbc.sql("select status from qualification_applications where id = ?").param(id).query(String.class)
			.single();
	}

	private static List<String> historyOf(JdbcClient jdbc, long id) {
		return jdbc.sql("select to_status from application_history where application_id = ? order by id").param(id)
			.query(String.class).list();
	}

	private static int notices(JdbcClient jdbc, long accountId, long applicationId, String state) {
		return jdbc.sql("select count(*) from notifications where account_id = ? and ref_key like ?")
			.params(accountId, "application:" + applicationId + ":" + state + ":%").query(Integer.class).single();
	}

	private static int unhandledEventsOf(JdbcClient jdbc, long applicationId) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event "
				+ "like ?").param("%\"applicationId\":" + applicationId + ",%").query(Integer.class).single();
	}

	private static void awaitEveryEventHandled(JdbcClient jdbc) {
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Integer.class).single() == 0);
	}

	/** Opens a registration whose licence part is {@value #UPLOAD_BYTES} bytes long and sends its head. */
	private Socket startUpload(int port, String username) throws IOException {
		String boundary = "----crash" + username;
		String data = mapper.writeValueAsString(registrationData(username, creditCode()));
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + data + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
		long length = headBytes.length + UPLOAD_BYTES + ("\r\n--" + boundary + "--\r\n").length();
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
		OutputStream out = socket.getOutputStream();
		out.write(("POST /api/v1/registrations/enterprise HTTP/1.1\r\nHost: 127.0.0.1:" + port
				+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
				+ "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(headBytes);
		out.write(pdf());
		return socket;
	}

	/**
	 * Streams the licence body until the server's temporary file of it holds more than 8 MB (never the whole
	 * 64 MB), and returns that file.
	 */
	private static Path awaitPartialUpload(OutputStream out) throws IOException {
		byte[] chunk = new byte[256 * 1024];
		long sent = 0;
		while (sent < UPLOAD_BYTES / 2) {
			out.write(chunk);
			sent += chunk.length;
			out.flush();
			Path grown = largestTemporaryFile();
			if (grown != null && Files.size(grown) > 8L * 1024 * 1024) {
				return grown;
			}
		}
		throw new AssertionError("the server wrote no partial upload of more than 8 MB after " + sent + " bytes");
	}

	private static Path largestTemporaryFile() throws IOException {
		Path tmp = DATA.resolve("tmp");
		if (!Files.isDirectory(tmp)) {
			return null;
		}
		try (Stream<Path> files = Files.list(tmp)) {
			return files.filter(Files::isRegularFile).max(java.util.Comparator.comparingLong(p -> {
				try {
					return Files.size(p);
				}
				catch (IOException gone) {
					return -1;
				}
			})).orElse(null);
		}
	}
}
