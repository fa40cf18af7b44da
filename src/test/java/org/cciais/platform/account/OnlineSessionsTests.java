package org.cciais.platform.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 在线用户: live sessions from the database, and 强制下线 ending one at its next request. */
class OnlineSessionsTests extends PlatformTest {

	@Autowired
	AuditQueries audit;

	private JsonNode sessionsOf(String username) throws Exception {
		return read(mvc.perform(bearer(get("/api/v1/admin/sessions?username=" + username), token("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void listsTheSessionWithAddressAndRoleUnderAnIdThatIsNotTheCookie() throws Exception {
		var reviewer = account(Role.REVIEWER, reviewOrg().id());
		Cookie cookie = PageSessions.login(mvc, reviewer.username(), PASSWORD);

		JsonNode rows = sessionsOf(reviewer.username());
		assertThat(rows).hasSize(1);
		JsonNode row = rows.get(0);
		assertThat(row.get("username").asString()).isEqualTo(reviewer.username());
		assertThat(row.get("role").asString()).isEqualTo("REVIEWER");
		assertThat(row.get("organizationId").asLong()).isEqualTo(reviewer.organizationId());
		assertThat(row.get("ip").asString()).isEqualTo("127.0.0.1");
		assertThat(row.get("since").asString()).isNotBlank();
		assertThat(row.get("lastAccessAt").asString()).isNotBlank();
		String cookieSessionId = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		assertThat(row.get("id").asString()).isNotEqualTo(cookieSessionId).isNotEqualTo(cookie.getValue());
	}

	@Test
	void aForcedLogOutEndsTheSessionAtItsNextRequest() throws Exception {
		String username = account(Role.EXPERT, null).username();
		Cookie cookie = PageSessions.login(mvc, username, PASSWORD);
		mvc.perform(get("/account/password").cookie(cookie)).andExpect(status().isOk());
		String id = sessionsOf(username).get(0).get("id").asString();

		mvc.perform(bearer(delete("/api/v1/admin/sessions/" + id), token("admin"))).andExpect(status().isNoContent());

		mvc.perform(get("/account/password").cookie(cookie))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		assertThat(sessionsOf(username)).isEmpty();
		mvc.perform(bearer(delete("/api/v1/admin/sessions/" + id), token("admin"))).andExpect(status().isNotFound());
		assertThat(audit.search("admin", "account.session.terminate", "account", username, 10)).hasSize(1);
		mvc.perform(bearer(get("/api/v1/admin/login-log?username=" + username), token("admin")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("FORCED_LOGOUT")));
	}

	@Test
	void thePageShowsTheSessionAndItsButtonEndsIt() throws Exception {
		var reviewOrg = reviewOrg();
		var reviewer = account(Role.REVIEWER, reviewOrg.id());
		Cookie cookie = PageSessions.login(mvc, reviewer.username(), PASSWORD);
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		mvc.perform(get("/admin/sessions").param("username", reviewer.username()).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(reviewOrg.name())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("强制下线")));
		String id = sessionsOf(reviewer.username()).get(0).get("id").asString();
		mvc.perform(post("/admin/sessions/" + id + "/terminate").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/sessions"));
		mvc.perform(get("/account/password").cookie(cookie)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/sessions").cookie(cookie)).andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyTheAssociationSeesSessions() throws Exception {
		mvc.perform(bearer(get("/api/v1/admin/sessions"), token(account(Role.EXPERT, null).username())))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/admin/sessions?size=0"), token("admin"))).andExpect(status().isBadRequest());
	}
}
