package org.cciais.platform.storage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads are judged by their bytes: a PDF starts with {@code %PDF-} at byte 0, a RAR with its marker at byte 0; the
 * stored name is cleaned and carries the extension of the real kind; odd file names never give a 500 or a 413. The
 * bodies are sent raw, so they go through the platform's own multipart parser as a browser's would.
 */
class UploadedFileChecksTests extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPdfWithHtmlBeforeItsMarkerIsRefusedWith415AndNothingIsKept() throws Exception {
		String username = unique("html");
		byte[] disguised = concat("<html><script>alert(1)</script></html>\n".getBytes(StandardCharsets.US_ASCII), pdf());
		register(username, "licence.pdf", disguised).andExpect(status().isUnsupportedMediaType());
		assertThat(storedNamesOf(username)).isEmpty();
	}

	@Test
	void aPdfNamedHtmlIsKeptUnderACleanNameEndingInPdfAndDownloadedUnderIt() throws Exception {
		String username = unique("named");
		register(username, "营业执照.html", pdf()).andExpect(status().isCreated());
		assertThat(storedNamesOf(username)).containsExactly("营业执照.pdf");
		String fileId = jdbc.sql("select id from stored_files where created_by = ?").param(username)
			.query(String.class).single();
		mvc.perform(bearer(get("/api/v1/files/{id}", fileId), token("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.startsWith("attachment; "),
					org.hamcrest.Matchers.endsWith("filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf"))));
	}

	@Test
	void oddFileNamesAreCleanedNeverA500NorA413() throws Exception {
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("/", "file.pdf");
		cases.put("..", "file.pdf");
		cases.put("../../etc/passwd", "passwd.pdf");
		cases.put("C:\\Users\\张三\\扫描件.PDF", "扫描件.pdf");
		cases.put("a\u0001b\u0007c\u202Ed.pdf", "abcd.pdf");
		cases.put("x".repeat(5000) + ".pdf", "x".repeat(100) + ".pdf");
		for (Map.Entry<String, String> c : cases.entrySet()) {
			String username = unique("odd");
			var response = register(username, c.getKey(), pdf()).andReturn().getResponse();
			assertThat(response.getStatus()).as(c.getKey() + " " + response.getContentAsString()).isEqualTo(201);
			assertThat(storedNamesOf(username)).as(c.getKey()).containsExactly(c.getValue());
		}
	}

	@Test
	void signaturesAreReadAtByteZero() throws Exception {
		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sig");
		byte[] rar4 = { 'R', 'a', 'r', '!', 0x1A, 0x07, 0x00, 1, 2, 3 };
		byte[] rar5 = { 'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 1, 2 };
		byte[] shifted = { ' ', 'R', 'a', 'r', '!', 0x1A, 0x07, 0x00, 1, 2 };
		byte[] spacedPdf = concat(" ".getBytes(StandardCharsets.US_ASCII), pdf());
		assertThat(matches(dir, rar4, FileKind.RAR)).isTrue();
		assertThat(matches(dir, rar5, FileKind.RAR)).isTrue();
		assertThat(matches(dir, shifted, FileKind.RAR)).isFalse();
		assertThat(matches(dir, pdf(), FileKind.PDF)).isTrue();
		assertThat(matches(dir, spacedPdf, FileKind.PDF)).isFalse();
	}

	private static boolean matches(java.nio.file.Path dir, byte[] content, FileKind kind) throws Exception {
		java.nio.file.Path file = java.nio.file.Files.write(java.nio.file.Files.createTempFile(dir, "f", ".bin"),
				content);
		return org.cciais.platform.storage.internal.Signatures.matches(file, kind);
	}

	private ResultActions register(String username, String fileName, byte[] content) throws Exception {
		String data = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
				+ "\",\"regionCode\":\"120000\",\"creditCode\":\"" + creditCode() + "\",\"name\":\"天津" + username
				+ "信息技术有限公司\",\"unitType\":\"有限责任公司\",\"registeredCapital\":1200,\"legalRepresentative\":\"王五\","
				+ "\"registeredAddress\":\"天津市滨海新区测试大道 8 号\",\"foundedOn\":\"2012-05-18\",\"contactName\":\"赵六\","
				+ "\"contactPhone\":\"022-66668888\",\"email\":\"" + username + "@example.com\",\"introduction\":\"简介\"}";
		String boundary = "b0undary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + data + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName.replace("\"", "%22")
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return mvc.perform(post("/api/v1/registrations/enterprise")
			.contentType("multipart/form-data; boundary=" + boundary)
			.content(body.toByteArray()));
	}

	private java.util.List<String> storedNamesOf(String username) {
		return jdbc.sql("select original_name from stored_files where created_by = ?").param(username)
			.query(String.class).list();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
