package org.cciais.platform.account;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 用户管理: disable, enable, unlock and edit accounts; every change audited. */
class AccountAdministrationTests extends PlatformTest {

	@Autowired
	AuditQueries audit;

	@Autowired
	AccountAdministration administration;

	/** This test's own client address: its failed log-ins must not throttle other tests from 127.0.0.1. */
	private final String from = PageSessions.ownAddress();

	private int tokenStatus(String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
			.with(PageSessions.from(from)))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	@Test
	void aDisabledAccountsTokenIsRefusedItsSessionEndsAndItCannotLogInUntilEnabled() throws Exception {
		var expert = account(Role.EXPERT, null);
		String token = token(expert.username());
		Cookie cookie = PageSessions.login(mvc, expert.username(), PASSWORD);

		mvc.perform(bearer(post("/api/v1/admin/accounts/" + expert.username() + "/disable"), token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISABLED"));

		mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
		mvc.perform(get("/account/password").cookie(cookie)).andExpect(redirectedUrl("/login"));
		assertThat(tokenStatus(expert.username(), PASSWORD)).isEqualTo(401);
		assertThat(PageSessions.attempt(mvc, expert.username(), PASSWORD, from).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");

		mvc.perform(bearer(post("/api/v1/admin/accounts/" + expert.username() + "/enable"), token("admin")))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		assertThat(tokenStatus(expert.username(), PASSWORD)).isEqualTo(200);
		assertThat(audit.forObject("account", expert.id())).extracting(AuditQueries.Entry::action)
			.contains("account.disable", "account.enable");
	}

	@Test
	void unlockLiftsALockOutAtOnce() throws Exception {
		var expert = account(Role.EXPERT, null);
		for (int i = 0; i < 5; i++) {
			tokenStatus(expert.username(), "Wrong-Password-" + i);
		}
		assertThat(tokenStatus(expert.username(), PASSWORD)).isEqualTo(429);
		assertThat(administration.get(expert.username()).status()).isEqualTo(AccountStatus.LOCKED);
		mvc.perform(bearer(get("/api/v1/admin/account-status?status=LOCKED&q=" + expert.username()), token("admin")))
			.andExpect(header().string("X-Total-Count", "1"));
		mvc.perform(bearer(get("/api/v1/admin/account-status?status=ACTIVE&q=" + expert.username()), token("admin")))
			.andExpect(header().string("X-Total-Count", "0"));

		mvc.perform(bearer(post("/api/v1/admin/accounts/" + expert.username() + "/unlock"), token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(bearer(get("/api/v1/admin/account-status?status=LOCKED&q=" + expert.username()), token("admin")))
			.andExpect(header().string("X-Total-Count", "0"));
		assertThat(tokenStatus(expert.username(), PASSWORD)).isEqualTo(200);
		assertThat(audit.forObject("account", expert.id())).extracting(AuditQueries.Entry::action)
			.contains("account.unlock");
	}

	@Test
	void anAdministratorCannotDisableItselfAndUnknownAccountsAre404() throws Exception {
		mvc.perform(bearer(post("/api/v1/admin/accounts/admin/disable"), token("admin")))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("不能停用自己")));
		mvc.perform(bearer(post("/api/v1/admin/accounts/nobody-" + unique("x") + "/disable"), token("admin")))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(post("/api/v1/admin/accounts/admin/disable"), token(account(Role.EXPERT, null).username())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAdminMovesAStaffAccountToAnotherOrganisationAndChangesItsContacts() throws Exception {
		var from = reviewOrg();
		var to = reviewOrg();
		var reviewer = account(Role.REVIEWER, from.id());
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		mvc.perform(get("/admin/accounts/" + reviewer.username() + "/edit").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(to.name())));

		mvc.perform(post("/admin/accounts/" + reviewer.username() + "/edit").cookie(admin).with(csrf())
			.param("organizationId", String.valueOf(to.id()))
			.param("displayName", "王评审")
			.param("phone", "010-88886666")
			.param("email", "wang@example.com")
			.param("role", "ADMIN"))
			.andExpect(status().is3xxRedirection());

		AccountSummary after = administration.get(reviewer.username());
		assertThat(after.organizationId()).isEqualTo(to.id());
		assertThat(after.displayName()).isEqualTo("王评审");
		assertThat(after.phone()).isEqualTo("010-88886666");
		assertThat(after.email()).isEqualTo("wang@example.com");
		assertThat(after.role()).isEqualTo(Role.REVIEWER);
		assertThat(audit.forObject("account", reviewer.id())).extracting(AuditQueries.Entry::detail)
			.anyMatch(d -> d != null && d.contains("电话 （空） → 010-88886666") && d.contains("名称 "));
	}

	@Test
	void badContactsOrAWrongOrganisationAreShownBesideTheFieldAndChangeNothing() throws Exception {
		var review = reviewOrg();
		var reviewer = account(Role.REVIEWER, review.id());
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		mvc.perform(post("/admin/accounts/" + reviewer.username() + "/edit").cookie(admin).with(csrf())
			.param("organizationId", String.valueOf(review.id()))
			.param("displayName", "王评审")
			.param("phone", "call me")
			.param("email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("电话号码格式不正确")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"call me\"")));
		mvc.perform(post("/admin/accounts/" + reviewer.username() + "/edit").cookie(admin).with(csrf())
			.param("organizationId", String.valueOf(consultingOrg().id()))
			.param("displayName", "王评审"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("该角色需要评审机构")));
		AccountSummary after = administration.get(reviewer.username());
		assertThat(after.displayName()).isEqualTo(reviewer.displayName());
		assertThat(after.phone()).isNull();
		assertThat(after.organizationId()).isEqualTo(review.id());
	}

	@Test
	void enterpriseAccountsAreListedWithTheirStatusButNotEditedHere() throws Exception {
		var enterprise = enterprise();
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		mvc.perform(get("/admin/accounts").param("role", "ENTERPRISE").param("q", enterprise.username()).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(enterprise.username())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("正常")));
		mvc.perform(get("/admin/accounts/" + enterprise.username() + "/edit").cookie(admin))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/accounts/" + enterprise.username() + "/disable").cookie(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/accounts").param("status", "DISABLED").param("q", enterprise.username()).cookie(admin))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已停用")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("共 1 条")));
		mvc.perform(bearer(get("/api/v1/admin/account-status?size=501"), token("admin")))
			.andExpect(status().isBadRequest());
	}
}
