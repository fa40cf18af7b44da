package org.cciais.platform.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Base of the integration tests: one shared Spring context (fast) with MockMvc, and the fixtures of
 * {@link PlatformTestSupport}. Every test creates its own data with unique names, because the context's database is
 * shared by all test classes using it; never assume an empty table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class PlatformTest extends PlatformTestSupport {

	@Autowired
	protected MockMvc mvc;

	/** An API bearer token for the user name (password {@link #PASSWORD}, or the admin's). */
	protected String token(String username) throws Exception {
		String password = "admin".equals(username) ? "admin-test-pass-1" : PASSWORD;
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("token").asText();
	}

}
