package org.cciais.platform.shared.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cciais.platform.testing.OperatorConfiguredTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real HTTP client against the running server, for what MockMvc cannot show: a page upload of more than 100 MB
 * (the body streamed from a generator, never held in memory) comes back as the same form with the message beside the
 * file and every typed value kept; no temporary file is left behind; statuses no controller answers get the
 * platform's Chinese page, never the container's.
 */
class OversizedUploadHttpTests extends OperatorConfiguredTest {

	private static final long OVER_LIMIT = 101L * 1024 * 1024 + 1;

	@Value("${cciais.data-dir}")
	String dataDir;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@Test
	void aRegistrationWithALicenceOver100MegabytesComesBackAsTheFormWithTheMessageAndTheTypedValues()
			throws Exception {
		String csrf = csrfOf(get("/register").body());
		String username = unique("big");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf);
		fields.put("username", username);
		fields.put("password", PASSWORD);
		fields.put("confirmPassword", PASSWORD);
		fields.put("regionCode", "130000");
		fields.put("creditCode", creditCode());
		fields.put("name", "河北" + username + "网络安全有限公司");
		fields.put("unitType", "股份有限公司");
		fields.put("registeredCapital", "3000");
		fields.put("legalRepresentative", "孙七");
		fields.put("registeredAddress", "河北省石家庄市测试路 9 号");
		fields.put("foundedOn", "2015-09-01");
		fields.put("contactName", "周八");
		fields.put("email", username + "@example.com");
		// the file comes first: the fields after it must survive too
		Map<String, String> after = Map.of("introduction", "大文件之后的简介");

		HttpResponse<String> response = postMultipart("/register/enterprise", fields, "file", "licence.pdf",
				OVER_LIMIT, after);

		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		assertThat(html).contains("企业用户注册", "文件超过 100MB 的大小限制。", "value=\"" + username + "\"",
				"value=\"河北" + username + "网络安全有限公司\"", "value=\"孙七\"", "大文件之后的简介")
			.doesNotContain("Whitelabel");
		assertThat(temporaryFiles()).isEmpty();
	}

	@Test
	void theApiAnswers413ProblemJsonForALicenceOver100Megabytes() throws Exception {
		String username = unique("bigapi");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("data", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
				+ "\",\"regionCode\":\"120000\",\"creditCode\":\"" + creditCode() + "\",\"name\":\"天津" + username
				+ "信息技术有限公司\",\"unitType\":\"有限责任公司\",\"registeredCapital\":1200,\"legalRepresentative\":\"王五\","
				+ "\"registeredAddress\":\"天津市滨海新区测试大道 8 号\",\"foundedOn\":\"2012-05-18\",\"contactName\":\"赵六\","
				+ "\"contactPhone\":\"022-66668888\",\"email\":\"" + username + "@example.com\",\"introduction\":\"简介\"}");
		HttpResponse<String> response = postMultipart("/api/v1/registrations/enterprise", fields, "file", "l.pdf",
				OVER_LIMIT, Map.of());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.body()).contains("文件超过 100MB 的大小限制。");
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(temporaryFiles()).isEmpty();
	}

	@Test
	void everyStatusNoControllerAnswersGetsTheChinesePageWithAWayBack() throws Exception {
		HttpResponse<String> notFound = http.send(HttpRequest.newBuilder(uri("/register/no-such-page"))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("未找到该页面或对象", "回到首页", "返回上一页").doesNotContain("Whitelabel");

		HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(uri("/register/enterprise"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=nothing-like-it")
			.POST(HttpRequest.BodyPublishers.ofString(
					"--nothing-like-it\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nends without a boundary"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("请求有误", "回到首页").doesNotContain("Whitelabel", "Apache Tomcat");

		HttpResponse<String> withoutToken = http.send(HttpRequest.newBuilder(uri("/register/enterprise"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=x"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withoutToken.body()).contains("无权访问", "回到首页").doesNotContain("Whitelabel", "Apache Tomcat");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postMultipart(String path, Map<String, String> before, String fileField,
			String fileName, long fileSize, Map<String, String> after) throws Exception {
		String boundary = "----cciais" + System.nanoTime();
		StringBuilder head = new StringBuilder();
		before.forEach((name, value) -> head.append(field(boundary, name, value)));
		head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
			.append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n");
		StringBuilder tail = new StringBuilder("\r\n");
		after.forEach((name, value) -> tail.append(field(boundary, name, value)));
		tail.append("--").append(boundary).append("--\r\n");
		List<InputStream> parts = List.of(new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)),
				new Filler(fileSize - 9), new ByteArrayInputStream(tail.toString().getBytes(StandardCharsets.UTF_8)));
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(3))
			.POST(HttpRequest.BodyPublishers.ofInputStream(
					() -> new SequenceInputStream(Collections.enumeration(parts))))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String field(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String csrfOf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a CSRF field").isTrue();
		return m.group(1);
	}

	private List<Path> temporaryFiles() throws Exception {
		Path tmp = Path.of(dataDir, "tmp");
		if (!Files.isDirectory(tmp)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(tmp)) {
			return files.toList();
		}
	}

	/** {@code size} bytes of filler, generated as they are read. */
	private static final class Filler extends InputStream {

		private long left;

		Filler(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			if (left <= 0) {
				return -1;
			}
			left--;
			return 'x';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(len, left);
			java.util.Arrays.fill(b, off, off + n, (byte) 'x');
			left -= n;
			return n;
		}
	}
}
