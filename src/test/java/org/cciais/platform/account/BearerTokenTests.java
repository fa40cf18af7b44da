package org.cciais.platform.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The bearer token of the API: who it names, and when it is refused (401 problem). */
class BearerTokenTests extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenNamesItsAccountWithRoleEnterpriseAndOrganisation() throws Exception {
		var org = reviewOrg("JJJ");
		var reviewer = account(Role.REVIEWER, org.id());
		mvc.perform(bearer(get("/api/v1/me"), token(reviewer.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(reviewer.username()))
			.andExpect(jsonPath("$.role").value("REVIEWER"))
			.andExpect(jsonPath("$.organizationId").value(org.id()))
			.andExpect(jsonPath("$.enterpriseId").value(nullValue()));
	}

	@Test
	void anUnknownTokenIsRefused() throws Exception {
		mvc.perform(bearer(get("/api/v1/me"), "no-such-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("登录凭证无效或已过期，请重新获取令牌"));
	}

	@Test
	void aTokenIsRefusedFromTheMomentItExpires() throws Exception {
		var expert = account(Role.EXPERT, null);
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		insertToken(expert.id(), "expires-now-" + expert.id(), now);
		insertToken(expert.id(), "expires-in-a-minute-" + expert.id(), now.plusMinutes(1));

		mvc.perform(bearer(get("/api/v1/me"), "expires-now-" + expert.id())).andExpect(status().isUnauthorized());
		mvc.perform(bearer(get("/api/v1/me"), "expires-in-a-minute-" + expert.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(expert.username()));
	}

	@Test
	void aValidTokenOfADisabledAccountIsRefused() throws Exception {
		var expert = account(Role.EXPERT, null);
		insertToken(expert.id(), "disabled-" + expert.id(),
				OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusHours(1));
		jdbc.sql("update accounts set enabled = false where id = ?").param(expert.id()).update();

		mvc.perform(bearer(get("/api/v1/me"), "disabled-" + expert.id())).andExpect(status().isUnauthorized());
	}

	private void insertToken(long accountId, String raw, OffsetDateTime expiresAt) {
		jdbc.sql("insert into api_tokens (account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
			.param(accountId)
			.param(AccountManagement.sha256(raw))
			.param(expiresAt.minusHours(12))
			.param(expiresAt)
			.update();
	}
}
