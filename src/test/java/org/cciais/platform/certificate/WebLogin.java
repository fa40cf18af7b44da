package org.cciais.platform.certificate;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Logs in through the real login form, for page tests: the session cookies to send with later requests. */
public final class WebLogin {

	private WebLogin() {
	}

	public static Cookie[] as(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
				.with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("login of " + username).doesNotContain("error");
		Cookie[] cookies = result.getResponse().getCookies();
		assertThat(cookies).as("session cookie").isNotEmpty();
		return cookies;
	}
}
