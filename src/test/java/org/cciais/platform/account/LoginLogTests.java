package org.cciais.platform.account;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 登录日志: every log-in, log-out, failure, lock-out and password change, for pages and tokens, never a password. */
class LoginLogTests extends PlatformTest {

	static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

	@Autowired
	JdbcClient jdbc;

	private JsonNode log(String query) throws Exception {
		return read(mvc.perform(bearer(get("/api/v1/admin/login-log?" + query), token("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** This test's own client address: its failed log-ins must not throttle other tests from 127.0.0.1. */
	private final String from = PageSessions.ownAddress();

	private void pageLogin(String username, String password) throws Exception {
		mvc.perform(post("/login").param("username", username).param("password", password)
			.header("User-Agent", CHROME_ON_WINDOWS).with(csrf()).with(PageSessions.from(from)));
	}

	private void tokenLogin(String username, String password) throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.header("User-Agent", "curl/8.5.0").with(PageSessions.from(from))
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
	}

	@Test
	void pageLogInFailureAndLogOutAreLoggedWithAddressBrowserAndChannel() throws Exception {
		String username = account(Role.EXPERT, null).username();
		pageLogin(username, "Wrong-Password-1");
		Cookie session = PageSessions.login(mvc, username, PASSWORD);
		mvc.perform(post("/logout").cookie(session).header("User-Agent", CHROME_ON_WINDOWS).with(csrf()));

		JsonNode rows = log("username=" + username);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get("event").asString()).isEqualTo("LOGOUT");
		assertThat(rows.get(0).get("result").asString()).isEqualTo("SUCCESS");
		assertThat(rows.get(0).get("browser").asString()).isEqualTo("Chrome 131 · Windows");
		assertThat(rows.get(1).get("event").asString()).isEqualTo("LOGIN");
		assertThat(rows.get(1).get("result").asString()).isEqualTo("SUCCESS");
		assertThat(rows.get(2).get("result").asString()).isEqualTo("FAILURE");
		assertThat(rows.get(2).get("userAgent").asString()).isEqualTo(CHROME_ON_WINDOWS);
		assertThat(rows.get(2).get("ip").asString()).isEqualTo(from);
		assertThat(rows.get(1).get("ip").asString()).isEqualTo("127.0.0.1");
		assertThat(rows.get(0).get("ip").asString()).isEqualTo("127.0.0.1");
		for (JsonNode row : rows) {
			assertThat(row.get("username").asString()).isEqualTo(username);
			assertThat(row.get("channel").asString()).isEqualTo("WEB");
			assertThat(row.get("at").asString()).isNotBlank();
		}
	}

	@Test
	void tokenLogInsAreLoggedAsApiAndFilteredByResult() throws Exception {
		String username = account(Role.EXPERT, null).username();
		tokenLogin(username, "Wrong-Password-1");
		tokenLogin(username, PASSWORD);

		mvc.perform(bearer(get("/api/v1/admin/login-log?username=" + username), token("admin")))
			.andExpect(header().string("X-Total-Count", "2"))
			.andExpect(jsonPath("$[0].result").value("SUCCESS"))
			.andExpect(jsonPath("$[0].channel").value("API"))
			.andExpect(jsonPath("$[0].userAgent").value("curl/8.5.0"))
			.andExpect(jsonPath("$[1].result").value("FAILURE"))
			.andExpect(jsonPath("$[1].channel").value("API"));
		assertThat(log("username=" + username + "&result=FAILURE")).hasSize(1);
		assertThat(log("username=" + username + "&from=2000-01-01&to=2000-01-02")).isEmpty();
		assertThat(log("username=" + username + "&size=1")).hasSize(1);
	}

	@Test
	void theFailureThatLocksTheAccountIsLoggedAsLocked() throws Exception {
		String username = account(Role.EXPERT, null).username();
		for (int i = 0; i < 5; i++) {
			pageLogin(username, "Wrong-Password-" + i);
		}
		JsonNode rows = log("username=" + username);
		assertThat(rows.get(0).get("result").asString()).isEqualTo("LOCKED");
		assertThat(log("username=" + username + "&result=FAILURE")).hasSize(4);
	}

	@Test
	void noPasswordIsEverRecordedNotEvenOneTypedIntoTheNameField() throws Exception {
		String username = account(Role.EXPERT, null).username();
		String typedAsName = "Secret-In-Name-Field-" + unique("p");
		String wrong = "Wrong-Secret-" + unique("w");
		pageLogin(typedAsName, "whatever-1");
		tokenLogin(typedAsName, "whatever-2");
		pageLogin(username, wrong);
		tokenLogin(username, wrong);
		PageSessions.login(mvc, username, PASSWORD);

		List<String> cells = jdbc.sql("select username, event, result, ip, user_agent, "
				+ "case when unregistered then 'unregistered' else 'registered' end, channel from login_log")
			.query((rs, i) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3),
					String.valueOf(rs.getString(4)), String.valueOf(rs.getString(5)), String.valueOf(rs.getString(6)),
					rs.getString(7)))
			.list();
		assertThat(cells).noneMatch(c -> c.contains(typedAsName) || c.contains(wrong) || c.contains(PASSWORD)
				|| c.contains("whatever"));
		assertThat(cells).anyMatch(c -> c.startsWith("Se***|LOGIN|FAILURE") && c.endsWith("|unregistered|WEB"));
	}

	@Test
	void anUnregisteredNameAndAnUnknownBrowserAreShownInTheReadersLanguage() throws Exception {
		String typed = "Nobody-" + unique("n");
		mvc.perform(post("/login").param("username", typed).param("password", "whatever-1")
			.header("User-Agent", "SomeCrawler/2.0 (Windows NT 10.0)").with(csrf()).with(PageSessions.from(from)));
		String admin = token("admin");

		JsonNode english = read(mvc.perform(bearer(get("/api/v1/admin/login-log?username=No***"), admin)
			.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(english.get(0).get("username").asString()).isEqualTo("No*** (not registered)");
		assertThat(english.get(0).get("browser").asString()).isEqualTo("Other · Windows");

		JsonNode chinese = log("username=No***");
		assertThat(chinese.get(0).get("username").asString()).isEqualTo("No***（未注册）");
		assertThat(chinese.get(0).get("browser").asString()).isEqualTo("其他 · Windows");

		mvc.perform(get("/admin/login-log").param("username", "No***").param("lang", "en")
			.cookie(PageSessions.login(mvc, "admin", "admin-test-pass-1")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No*** (not registered)")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Other · Windows")));
	}

	@Test
	void passwordChangesAndResetsAreLogged() throws Exception {
		String username = account(Role.EXPERT, null).username();
		mvc.perform(bearer(post("/api/v1/me/password"), token(username)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Brand-New-Pass-42\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(bearer(post("/api/v1/admin/accounts/" + username + "/password-reset"), token("admin")))
			.andExpect(status().isOk());

		JsonNode rows = log("username=" + username);
		assertThat(rows.get(0).get("event").asString()).isEqualTo("PASSWORD_RESET");
		assertThat(rows.get(1).get("event").asString()).isEqualTo("PASSWORD_CHANGE");
		assertThat(rows.get(1).get("channel").asString()).isEqualTo("API");
	}

	@Test
	void badFiltersAreRefusedWithAClearMessage() throws Exception {
		String admin = token("admin");
		mvc.perform(bearer(get("/api/v1/admin/login-log?size=501"), admin)).andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("每页条数应在 1 到 500 之间")));
		mvc.perform(bearer(get("/api/v1/admin/login-log?from=yesterday"), admin)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(bearer(get("/api/v1/admin/login-log?from=2026-12-02&to=2026-12-01"), admin))
			.andExpect(status().isBadRequest());
		mvc.perform(bearer(get("/api/v1/admin/login-log?result=MAYBE"), admin)).andExpect(status().isBadRequest());
		mvc.perform(bearer(get("/api/v1/admin/login-log"), token(account(Role.EXPERT, null).username())))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePageListsTheLogAndKeepsABadDateBesideTheForm() throws Exception {
		String username = account(Role.EXPERT, null).username();
		pageLogin(username, "Wrong-Password-1");
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		mvc.perform(get("/admin/login-log").param("username", username).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(username)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("失败")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Chrome 131 · Windows")));
		mvc.perform(get("/admin/login-log").param("from", "not-a-date").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("日期格式应为")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"not-a-date\"")));
	}
}
