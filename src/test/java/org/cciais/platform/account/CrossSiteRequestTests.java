package org.cciais.platform.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cciais.platform.testing.OperatorConfiguredTest;
import org.cciais.platform.testing.RawHttp;
import org.cciais.platform.testing.RawHttp.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cross-site POST carries no cookie under {@code SameSite=Lax}: it is refused, and the refusal must not hand the
 * browser a new session cookie (which would replace the victim's and log them out).
 * <p>
 * Sent over a socket to the real server (the refusal's error page renders in the container's error dispatch), in
 * the context of the browser tests, where no test uses MockMvc's log-in: spring-security-test's {@code csrf()} post-processor
 * puts a plain {@code HttpSessionCsrfTokenRepository} into the shared filter chain's {@code CsrfFilter} for good, so
 * in a context where any test used it, every refused POST afterwards makes a session (that, not the application,
 * is why the MockMvc version of this test failed in the whole suite and passed alone).
 */
class CrossSiteRequestTests extends OperatorConfiguredTest {

	private Answer post(String path) throws Exception {
		return new RawHttp(port).send("POST", path,
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html",
						"Origin", "https://evil.example"),
				"username=admin&password=x".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void refusedCrossSitePostCreatesNoSession() throws Exception {
		for (String path : List.of("/account/password", "/logout", "/login", "/enterprise/profile",
				"/register/enterprise")) {
			Answer answer = post(path);
			assertThat(answer.status()).as(path).isEqualTo(403);
			assertThat(answer.headers().getOrDefault("set-cookie", "")).as(path).doesNotContain("SESSION=");
			assertThat(answer.body()).as(path).contains("403");
		}
	}

	@Test
	void theLoginPageStillStartsASessionForItsToken() throws Exception {
		Answer page = new RawHttp(port).send("GET", "/login", Map.of("Accept", "text/html"), null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.headers().get("set-cookie")).contains("SESSION=");
	}
}
