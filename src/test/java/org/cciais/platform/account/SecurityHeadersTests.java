package org.cciais.platform.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every response carries a Content-Security-Policy that allows scripts only from our own files (so an injected
 * script never runs), may be framed only by our own pages, and states its referrer and permissions policies.
 */
class SecurityHeadersTests extends PlatformTest {

	private void assertSecurityHeaders(String path, MockHttpServletResponse response) {
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).as(path).isNotNull();
		String scripts = Stream.of(csp.split(";")).map(String::trim).filter(d -> d.startsWith("script-src"))
			.findFirst().orElseThrow();
		assertThat(scripts).as(path).isEqualTo("script-src 'self'");
		assertThat(csp).as(path).contains("default-src 'self'", "frame-ancestors 'self'");
		assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
		assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
		assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
	}

	@Test
	void pagesApiErrorsAndStaticFilesCarryTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/login", "/verify", "/api/v1/reference/regions", "/api/v1/me",
				"/no-such-page", "/api/v1/no-such-call", "/css/platform.css", "/js/platform.js",
				"/actuator/health")) {
			assertSecurityHeaders(path, mvc.perform(get(path)).andReturn().getResponse());
		}
	}

	@Test
	void theSharedScriptIsServed() throws Exception {
		MockHttpServletResponse js = mvc.perform(get("/js/platform.js")).andReturn().getResponse();
		assertThat(js.getStatus()).isEqualTo(200);
		assertThat(js.getContentAsString()).contains("data-confirm");
	}

	/** Inline scripts would be blocked by the policy: every script is a file, every handler is in it. */
	@Test
	void noTemplateHasAnInlineScriptOrEventHandler() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)[^>]*>");
		Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				assertThat(inlineScript.matcher(html).find()).as("inline <script> in " + file).isFalse();
				assertThat(handler.matcher(html).find()).as("event-handler attribute in " + file).isFalse();
				assertThat(html).as("javascript: URL in " + file).doesNotContain("javascript:");
			}
		}
	}
}
