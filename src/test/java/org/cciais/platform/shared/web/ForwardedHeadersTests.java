package org.cciais.platform.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.testing.OperatorConfiguredTest;
import org.cciais.platform.testing.RawHttp;
import org.cciais.platform.testing.RawHttp.Answer;
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

	private Answer send(String from, String method, String path, Map<String, String> headers, String body)
			throws IOException {
		return new RawHttp(port).send(from, method, path, headers,
				body == null ? null : body.getBytes(StandardCharsets.UTF_8));
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
