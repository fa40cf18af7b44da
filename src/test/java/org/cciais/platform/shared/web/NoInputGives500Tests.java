package org.cciais.platform.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cciais.platform.testing.OperatorConfiguredTest;
import org.cciais.platform.testing.RawHttp;
import org.cciais.platform.testing.RawHttp.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "No input ever yields a 500" (API.md), tried on every operation of the app's own OpenAPI document (read from
 * {@code /v3/api-docs}, so a new endpoint is covered without being listed here), as ADMIN and anonymously: malformed
 * percent-encodings in the query and in form bodies, wrong types, huge values, unknown fields and broken JSON. Path
 * parameters name objects that do not exist, so nothing real is changed. Sent over raw sockets ({@link RawHttp}),
 * since HTTP clients refuse to send a malformed URL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoInputGives500Tests extends OperatorConfiguredTest {

	private static final String HUGE = "9".repeat(3000);

	private RawHttp http;

	private String adminToken;

	record Operation(String method, String path, JsonNode spec) {
	}

	@BeforeAll
	void prepare() throws Exception {
		http = new RawHttp(port);
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"password\":\"admin-test-pass-1\"}"))
			.andReturn().getResponse().getContentAsString();
		adminToken = json.readTree(body).get("token").asText();
	}

	private List<Operation> operations() throws Exception {
		// in-process: generating the document can take longer than a socket read may wait on a busy machine
		String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Operation> operations = new ArrayList<>();
		JsonNode paths = json.readTree(doc).get("paths");
		for (String path : paths.propertyNames()) {
			JsonNode item = paths.get(path);
			for (String method : item.propertyNames()) {
				operations.add(new Operation(method.toUpperCase(), path, item.get(method)));
			}
		}
		return operations;
	}

	private static List<JsonNode> parameters(Operation op, String in) {
		List<JsonNode> found = new ArrayList<>();
		op.spec().path("parameters").forEach(p -> {
			if (in.equals(p.path("in").asText())) {
				found.add(p);
			}
		});
		return found;
	}

	/** The path with every path parameter replaced (a value naming nothing, unless told otherwise). */
	private static String path(Operation op, String value) {
		String path = op.path();
		for (JsonNode p : parameters(op, "path")) {
			String type = p.path("schema").path("type").asText();
			String v = value != null ? value : ("integer".equals(type) || "number".equals(type)) ? "987654321"
					: "no-such-thing-zz";
			path = path.replace("{" + p.path("name").asText() + "}", v);
		}
		return path;
	}

	private static String query(Operation op, String value) {
		List<JsonNode> params = parameters(op, "query");
		if (params.isEmpty()) {
			return "?x=" + value;
		}
		StringBuilder q = new StringBuilder();
		for (JsonNode p : params) {
			q.append(q.isEmpty() ? "?" : "&").append(p.path("name").asText()).append('=').append(value);
		}
		return q.toString();
	}

	private static boolean takesJson(Operation op) {
		return op.spec().path("requestBody").path("content").has("application/json");
	}

	private final List<Callable<String>> probes = new ArrayList<>();

	/** Plans one request; {@link #run()} sends them and answers those that got a 5xx. */
	private void probe(List<String> failures, String who, String token, String method, String target,
			String contentType, String body) {
		probes.add(() -> {
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Accept", "application/json");
			if (token != null) {
				headers.put("Authorization", "Bearer " + token);
			}
			if (contentType != null) {
				headers.put("Content-Type", contentType);
			}
			Answer answer = http.send(method, target, headers,
					body == null ? null : body.getBytes(StandardCharsets.UTF_8));
			if (answer.status() < 500) {
				return null;
			}
			String shown = target.length() > 120 ? target.substring(0, 120) + "…" : target;
			return answer.status() + " " + who + " " + method + " " + shown
					+ (body == null ? "" : " body=" + (body.length() > 60 ? body.substring(0, 60) + "…" : body));
		});
	}

	/** Sends the planned requests, four at a time (the server answers them in parallel anyway). */
	private List<String> run(List<String> failures) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (Future<String> result : pool.invokeAll(probes)) {
				if (result.get() != null) {
					failures.add(result.get());
				}
			}
		}
		finally {
			pool.shutdownNow();
			probes.clear();
		}
		return failures;
	}

	@Test
	void noOperationAnswersAnyInputWithA5xx() throws Exception {
		List<Operation> operations = operations();
		assertThat(operations).hasSizeGreaterThan(40);
		List<String> failures = new ArrayList<>();
		Map<String, String> callers = new LinkedHashMap<>();
		callers.put("admin", adminToken);
		callers.put("anonymous", null);
		for (Operation op : operations) {
			for (Map.Entry<String, String> caller : callers.entrySet()) {
				String who = caller.getKey();
				String token = caller.getValue();
				String m = op.method();
				// malformed percent-encodings, wrong types and huge values in the query and the path
				boolean anonymous = token == null;
				// (anonymous callers are refused before any binding: fewer variants say enough there)
				for (String value : anonymous ? List.of("%", "%E4%B8") : List.of("%", "%zz", "%E4%B8", "abc", HUGE)) {
					probe(failures, who, token, m, path(op, null) + query(op, value), null, null);
				}
				for (String value : List.of("%", "abc", "99999999999999999999", HUGE)) {
					if (!anonymous && !parameters(op, "path").isEmpty()) {
						probe(failures, who, token, m, path(op, value), null, null);
					}
				}
				if (m.equals("GET") || m.equals("DELETE")) {
					continue;
				}
				// form bodies with malformed encodings, and a multipart without its boundary
				probe(failures, who, token, m, path(op, null), "application/x-www-form-urlencoded", "a=%&b=%zz");
				if (anonymous) {
					continue;
				}
				probe(failures, who, token, m, path(op, null), "multipart/form-data", "--x\r\n\r\n");
				probe(failures, who, token, m, path(op, null), "text/plain", "hello");
				// JSON: unknown fields, wrong types, huge numbers and strings, broken syntax
				for (String body : List.of("{\"unknownField\":1}", "{", "[]", "\"text\"",
						"{\"id\":\"abc\",\"type\":\"NO_SUCH\",\"industry\":{},\"name\":[1],\"regionGroups\":\"JJJ\","
								+ "\"to\":\"not-a-date\"}",
						"{\"level\":" + HUGE + ",\"foundedOn\":\"2026-13-45\",\"registeredCapital\":1e999}",
						"{\"username\":\"" + HUGE + "\",\"password\":\"" + HUGE + "\",\"reason\":\"" + HUGE + "\"}")) {
					if (takesJson(op) || body.startsWith("{\"unknown")) {
						probe(failures, who, token, m, path(op, null), "application/json", body);
					}
				}
			}
		}
		assertThat(run(failures)).as("operations that answered with a 5xx").isEmpty();
	}

	@Test
	void pagesAndTheErrorPathAnswerMalformedInputWithoutA5xx() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String target : List.of("/verify?number=%", "/verify?name=%zz", "/notices?page=%", "/login?error=%",
				"/?%", "/error", "/error?status=%", "/register?tab=%E4%B8")) {
			probe(failures, "anonymous", null, "GET", target, null, null);
		}
		probe(failures, "anonymous", null, "POST", "/login", "application/x-www-form-urlencoded", "username=%&password=%zz");
		assertThat(run(failures)).isEmpty();
	}

	@Test
	void aMalformedEncodingIsA400WithAChineseMessage() throws Exception {
		Answer api = http.send("GET", "/api/v1/certificates/verify?number=%", Map.of(), null);
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(json.readTree(api.body()).get("detail").asText()).contains("编码不正确");

		Answer page = http.send("GET", "/verify?number=%E4%B8", Map.of("Accept", "text/html"), null);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("编码不正确", "回到首页");

		Answer form = http.send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded"),
				"username=%zz&password=x".getBytes(StandardCharsets.UTF_8));
		assertThat(form.status()).isEqualTo(400);
		assertThat(form.body()).contains("编码不正确");
	}

	@Test
	void theErrorPathCalledDirectlyIsAPageThatDoesNotExist() throws Exception {
		Answer page = http.send("GET", "/error", Map.of("Accept", "text/html"), null);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("未找到");
	}
}
