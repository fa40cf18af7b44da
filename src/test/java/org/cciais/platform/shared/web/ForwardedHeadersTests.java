package org.cciais.platform.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.testing.OperatorConfiguredTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * {@code X-Forwarded-*} from anyone but the configured proxy (127.0.0.2 here) changes nothing; from the proxy, the
 * audit log records the client it forwards for. A forwarded or spoofed host never reaches a redirect. Requests go
 * over real sockets from 127.0.0.1 (a client) or 127.0.0.2 (the proxy), since only the real server runs Tomcat.
 */
class ForwardedHeadersTests extends OperatorConfiguredTest {

	private static final String CLIENT = "127.0.0.1";
	private static final String PROXY = "127.0.0.2";

	@Autowired
	AuditQueries audit;

	record Answer(int status, Map<String, String> headers, String body) {
	}

	/** One HTTP/1.1 request from the given local address, headers as given (Host included). */
	private Answer send(String from, String method, String path, Map<String, String> headers, String body)
			throws IOException {
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
		headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
		request.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
			socket.setSoTimeout(20000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			Map<String, String> answerHeaders = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				answerHeaders.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
			String rest = text.substring(end + 4);
			String body8859 = "chunked".equalsIgnoreCase(answerHeaders.get("transfer-encoding")) ? unchunk(rest) : rest;
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders,
					new String(body8859.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}
	}

	/** The body of a chunked answer (sizes in hex before each chunk; read as ISO-8859-1, one character per byte). */
	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", at);
			int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
	}

	private String adminToken() throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"password\":\"admin-test-pass-1\"}"))
			.andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("token").asText();
	}

	/** Creates an organisation over the socket and answers the address its audit entry recorded. */
	private String auditedAddressOfOrganisationCreatedFrom(String from, String forwardedFor) throws Exception {
		String name = unique("代理测试评审机构");
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Host", "127.0.0.1:" + port);
		headers.put("Authorization", "Bearer " + adminToken());
		headers.put("Content-Type", "application/json");
		headers.put("X-Forwarded-For", forwardedFor);
		Answer answer = send(from, "POST", "/api/v1/admin/organizations", headers,
				"{\"type\":\"REVIEW\",\"name\":\"" + name + "\",\"regionGroups\":[\"JJJ\"]}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		long id = json.readTree(answer.body()).get("id").asLong();
		return audit.forObject("organization", id).stream()
			.filter(e -> e.action().equals("organization.create"))
			.findFirst()
			.orElseThrow()
			.remoteAddr();
	}

	private Answer protectedPageWithForeignHost(String from) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Host", "evil.example");
		headers.put("X-Forwarded-Host", "evil.example");
		headers.put("X-Forwarded-Port", "8443");
		headers.put("X-Forwarded-Proto", "https");
		headers.put("Accept", "text/html");
		return send(from, "GET", "/enterprise/profile", headers, null);
	}

	@Test
	void aClientsSpoofedForwardedForIsNotRecorded() throws Exception {
		assertThat(auditedAddressOfOrganisationCreatedFrom(CLIENT, "203.0.113.66")).isEqualTo(CLIENT);
	}

	@Test
	void theTrustedProxysClientIsRecordedNotWhatTheClientClaimed() throws Exception {
		// The proxy appends the address it saw; whatever the client put in front of it is ignored.
		assertThat(auditedAddressOfOrganisationCreatedFrom(PROXY, "203.0.113.66, 198.51.100.7"))
			.isEqualTo("198.51.100.7");
	}

	@Test
	void aForeignHostNeverReachesTheLoginRedirect() throws Exception {
		for (String from : new String[] { CLIENT, PROXY }) {
			Answer answer = protectedPageWithForeignHost(from);
			assertThat(answer.status()).as(from).isEqualTo(302);
			assertThat(answer.headers().get("location")).as(from).isEqualTo("/login");
		}
	}

	@Test
	void aMalformedProxyListStopsTheStart() {
		assertThat(TrustedProxies.cidrs(" 10.0.0.0/8, 192.168.1.5 ,::1")).isEqualTo("10.0.0.0/8,192.168.1.5/32,::1/128");
		assertThat(TrustedProxies.cidrs("")).isNull();
		assertThatThrownBy(() -> TrustedProxies.cidrs("10.0.0.0/8,proxy.example"))
			.hasMessageContaining("CCIAIS_TRUSTED_PROXIES");
	}
}
