package org.cciais.platform.organization;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The association opens the accounts of organisations, experts and administrators, and resets passwords. */
class AdminAccountsTests extends PlatformTest {

	@Autowired
	AuditQueries audit;

	private ResultActions create(String admin, String role, String username, Long organizationId) throws Exception {
		return mvc.perform(bearer(post("/api/v1/admin/accounts"), admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\":\"" + role + "\",\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\""
					+ (organizationId == null ? "" : ",\"organizationId\":" + organizationId) + "}"));
	}

	@Test
	void adminOpensAnAccountForEveryStaffRoleAndEachCanLogIn() throws Exception {
		String admin = token("admin");
		var review = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		Object[][] cases = { { "REVIEW_ORG", review.id() }, { "REVIEWER", review.id() },
				{ "CONSULTANT", consulting.id() }, { "EXPERT", null }, { "ADMIN", null } };
		for (Object[] c : cases) {
			String username = unique(((String) c[0]).toLowerCase().replace("_", "-"));
			String body = create(admin, (String) c[0], username, (Long) c[1]).andExpect(status().isCreated())
				.andExpect(jsonPath("$.id").isNumber()).andReturn().getResponse().getContentAsString();
			var account = accounts.findByUsername(username).orElseThrow();
			assertThat(account.id()).isEqualTo(read(body).get("id").asLong());
			assertThat(account.role()).isEqualTo(Role.valueOf((String) c[0]));
			assertThat(account.organizationId()).isEqualTo(c[1]);
			mvc.perform(bearer(get("/api/v1/me"), token(username))).andExpect(jsonPath("$.role").value(c[0]));
		}
		assertThat(accounts.findByOrganization(review.id(), Role.REVIEWER)).hasSize(1);
	}

	@Test
	void refusesAnOrganisationOfTheWrongTypeOrNoneWhereOneIsNeeded() throws Exception {
		String admin = token("admin");
		var review = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		create(admin, "REVIEWER", unique("r"), consulting.id()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organizationId"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("需要评审机构")));
		create(admin, "REVIEW_ORG", unique("r"), consulting.id()).andExpect(status().isBadRequest());
		create(admin, "CONSULTANT", unique("c"), review.id()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("需要咨询机构")));
		create(admin, "REVIEWER", unique("r"), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organizationId"));
		create(admin, "REVIEWER", unique("r"), 987654321L).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organizationId"));
	}

	@Test
	void enterprisesAndPersonsRegisterThemselvesAndAreNeverCreatedHere() throws Exception {
		String admin = token("admin");
		for (String role : new String[] { "ENTERPRISE", "PERSON" }) {
			String username = unique("self");
			create(admin, role, username, null).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("role"));
			assertThat(accounts.findByUsername(username)).isEmpty();
		}
		create(admin, "KING", unique("k"), null).andExpect(status().isBadRequest());
	}

	@Test
	void refusesADuplicateLoginNameAWeakPasswordAndNonAdmins() throws Exception {
		String admin = token("admin");
		create(admin, "EXPERT", "admin", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		mvc.perform(bearer(post("/api/v1/admin/accounts"), admin).contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"EXPERT\",\"username\":\"" + unique("e") + "\",\"password\":\"12345678\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		var expert = account(Role.EXPERT, null);
		create(token(expert.username()), "EXPERT", unique("e"), null).andExpect(status().isForbidden());
	}

	@Test
	void adminResetsAPasswordTheUsersTokensDieAndTheTemporaryPasswordWorks() throws Exception {
		var enterprise = enterprise();
		String oldToken = token(enterprise.username());
		String body = mvc.perform(bearer(post("/api/v1/admin/accounts/{u}/password-reset", enterprise.username()),
				token("admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String temporary = read(body).get("temporaryPassword").asText();
		assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);

		mvc.perform(bearer(get("/api/v1/me"), oldToken)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + enterprise.username() + "\",\"password\":\"" + temporary + "\"}"))
			.andExpect(status().isOk());
		assertThat(audit.forObject("account", enterprise.accountId())).extracting(AuditQueries.Entry::action)
			.contains("account.password.reset");

		mvc.perform(bearer(post("/api/v1/admin/accounts/{u}/password-reset", unique("ghost")), token("admin")))
			.andExpect(status().isNotFound());
		var other = enterprise();
		mvc.perform(bearer(post("/api/v1/admin/accounts/{u}/password-reset", other.username()),
				token(other.username())))
			.andExpect(status().isForbidden());
	}

	@Test
	void accountsPageFindsALoginNameByEnterpriseNameCreatesAccountsAndResetsPasswords() throws Exception {
		var enterprise = enterprise();
		var review = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");

		String found = mvc.perform(get("/admin/accounts").cookie(admin).param("q", enterprise.name()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(found).contains(enterprise.username(), "企业用户", "重置密码");

		String username = unique("page-reviewer");
		String refused = mvc.perform(post("/admin/accounts").cookie(admin).with(csrf()).param("role", "REVIEWER")
				.param("organizationId", String.valueOf(consulting.id())).param("username", username)
				.param("displayName", "评审员甲").param("password", PASSWORD))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(refused, "acc-organizationId-error")).contains("需要评审机构");
		assertThat(Html.tagOf(refused, "acc-username")).contains("value=\"" + username + "\"");
		assertThat(refused).doesNotContain(PASSWORD);

		mvc.perform(post("/admin/accounts").cookie(admin).with(csrf()).param("role", "REVIEWER")
				.param("organizationId", String.valueOf(review.id())).param("username", username)
				.param("displayName", "评审员甲").param("password", PASSWORD))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(accounts.findByUsername(username)).get()
			.satisfies(a -> assertThat(a.organizationId()).isEqualTo(review.id()));

		var result = mvc.perform(post("/admin/accounts/{u}/password-reset", enterprise.username()).cookie(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("resetUsername", enterprise.username()))
			.andReturn();
		String temporary = (String) result.getFlashMap().get("temporaryPassword");
		PageSessions.login(mvc, enterprise.username(), temporary);
	}
}
