package org.cciais.platform.testing;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Real page log-ins for MockMvc tests: the form log-in of the login page, answered with the session cookie that
 * Spring Session stores in the database (send it with {@code .cookie(...)} on later requests).
 */
public final class PageSessions {

	private PageSessions() {
	}

	/** Logs in through {@code POST /login} and returns the session cookie; fails when the log-in is refused. */
	public static Cookie login(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = attempt(mvc, username, password);
		String target = result.getResponse().getRedirectedUrl();
		if (target == null || !target.endsWith("/portal")) {
			throw new AssertionError("log-in of " + username + " was refused: redirected to " + target);
		}
		return result.getResponse().getCookie("SESSION");
	}

	/** One log-in attempt through the login form; the result redirects to /portal or back to /login?…. */
	public static MvcResult attempt(MockMvc mvc, String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andReturn();
	}
}
