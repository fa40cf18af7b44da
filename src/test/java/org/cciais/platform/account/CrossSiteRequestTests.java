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
 * browser a new session cookie (which would replace the victim's and log them out). Sent to the real server, since
 * the refusal's error page is rendered in the container's error dispatch, which MockMvc never makes.
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
