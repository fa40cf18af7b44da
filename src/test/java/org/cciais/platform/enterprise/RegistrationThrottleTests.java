package org.cciais.platform.enterprise;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anonymous registration is throttled per client address (the test profile allows 40 attempts an hour): the 41st
 * gets 429 with Retry-After (API) or the form with the message (page); another address is not affected; the
 * uploaded licence of a refused attempt leaves no temporary file behind.
 */
class RegistrationThrottleTests extends PlatformTest {

	@Value("${cciais.data-dir}")
	String dataDir;

	@Test
	void theFortyFirstAttemptFromOneAddressIsRefusedWith429AndRetryAfterOthersGoOn() throws Exception {
		String address = randomAddress();
		for (int i = 0; i < 40; i++) {
			mvc.perform(apiRegistration("{}").with(from(address))).andExpect(status().isBadRequest());
		}

		mvc.perform(apiRegistration("{}").with(from(address)))
			.andExpect(status().isTooManyRequests())
			// the test clock runs on: an hour after the first attempt, a few seconds ago
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("3[5-6]\\d\\d")))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.type").value("https://cciais.org/problems/too-many-requests"))
			.andExpect(jsonPath("$.code").value("TOO_MANY_REQUESTS"))
			.andExpect(jsonPath("$.detail").value("来自您所在网络地址的注册尝试过于频繁，请约 60 分钟后再试。"));
		assertThat(temporaryFiles()).isEmpty();

		String html = mvc.perform(post("/register/enterprise").param("username", "throttled-user")
				.param("name", "被限流的企业有限公司").with(csrf()).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("来自您所在网络地址的注册尝试过于频繁，请约 60 分钟后再试。", "value=\"throttled-user\"",
				"value=\"被限流的企业有限公司\"");

		mvc.perform(apiRegistration("{}").with(from(randomAddress()))).andExpect(status().isBadRequest());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder apiRegistration(String data) {
		String boundary = "thr0ttle";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + data + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"licence.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(pdf());
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return post("/api/v1/registrations/enterprise").contentType("multipart/form-data; boundary=" + boundary)
			.content(body.toByteArray());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String randomAddress() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
	}

	private java.util.List<Path> temporaryFiles() throws Exception {
		Path tmp = Path.of(dataDir, "tmp");
		if (!Files.isDirectory(tmp)) {
			return java.util.List.of();
		}
		try (Stream<Path> files = Files.list(tmp)) {
			return files.toList();
		}
	}
}
