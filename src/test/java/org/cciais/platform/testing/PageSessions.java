package org.cciais.platform.testing;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Real page log-ins for MockMvc tests: the form log-in of the login page, answered with the session cookie that
 * Spring Session stores in the database (send it with {@code .cookie(...)} on later requests).
 */
public final class PageSessions {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private PageSessions() {
	}

	/**
	 * A client address (in 10.0.0.0/8) that no other test of this JVM gets. The log-in throttle counts failures per
	 * client address in the shared test database, and every MockMvc request comes from 127.0.0.1 unless told
	 * otherwise: a test that fails log-ins on purpose sends them {@link #from(String) from} an address of its own,
	 * so that its failures never slow or refuse the log-ins of other tests.
	 */
	public static String ownAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
	}

	/** Sends the request from {@code address} instead of MockMvc's 127.0.0.1. */
	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
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
		return attempt(mvc, username, password, "127.0.0.1");
	}

	/** One log-in attempt through the login form from {@code address}. */
	public static MvcResult attempt(MockMvc mvc, String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(from(address))).andReturn();
	}
}
