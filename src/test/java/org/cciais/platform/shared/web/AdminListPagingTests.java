package org.cciais.platform.shared.web;

import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin list endpoints (organisations, accounts, engineers, certificates) page, sort and refuse alike. */
class AdminListPagingTests extends PlatformTest {

	static final String[] ENDPOINTS = { "/api/v1/admin/organizations", "/api/v1/admin/accounts",
			"/api/v1/admin/engineers", "/api/v1/admin/certificates" };

	@Test
	void everyAdminListAnswersOnePageWithTotalAndLinks() throws Exception {
		reviewOrg("JJJ");
		reviewOrg("JJJ");
		account(Role.EXPERT, null);
		account(Role.EXPERT, null);
		String admin = token("admin");
		for (String endpoint : new String[] { "/api/v1/admin/organizations", "/api/v1/admin/accounts" }) {
			MvcResult first = mvc.perform(bearer(get(endpoint + "?size=1"), admin))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(1))
				.andReturn();
			assertThat(Long.parseLong(first.getResponse().getHeader("X-Total-Count"))).as(endpoint)
				.isGreaterThanOrEqualTo(2);
			assertThat(first.getResponse().getHeader("Link")).as(endpoint)
				.contains("<http://localhost" + endpoint + "?size=1&page=0>; rel=\"first\"")
				.contains("<http://localhost" + endpoint + "?size=1&page=1>; rel=\"next\"")
				.doesNotContain("rel=\"prev\"");
		}
	}

	@Test
	void organisationsSortByNameAndFilterByType() throws Exception {
		String admin = token("admin");
		String prefix = unique("排序机构");
		organizationManagement.create(OrganizationType.CONSULTING, prefix + "-B", java.util.List.of("JJJ"), admin());
		organizationManagement.create(OrganizationType.CONSULTING, prefix + "-A", java.util.List.of("JJJ"), admin());
		String body = mvc.perform(bearer(get("/api/v1/admin/organizations?type=CONSULTING&sort=name,desc&size=500"),
				admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body.indexOf(prefix + "-B")).isPositive().isLessThan(body.indexOf(prefix + "-A"));
	}

	@Test
	void everyAdminListRefusesBadPagingNamingTheParameter() throws Exception {
		String admin = token("admin");
		for (String endpoint : ENDPOINTS) {
			for (String[] c : new String[][] { { "sort=nope,asc", "sort" }, { "sort=id,sideways", "sort" },
					{ "size=501", "size" }, { "page=-1", "page" } }) {
				mvc.perform(bearer(get(endpoint + "?" + c[0]), admin))
					.andExpect(status().isBadRequest())
					.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
					.andExpect(jsonPath("$.errors[0].field").value(c[1]));
			}
		}
	}

	@Test
	void anEmptyListSaysNoEntriesInEitherLanguageInsteadOfPageZeroOfZero() throws Exception {
		jakarta.servlet.http.Cookie admin = org.cciais.platform.testing.PageSessions.login(mvc, "admin",
				"admin-test-pass-1");
		String nothing = unique("nothing");
		for (String path : new String[] { "/admin/certificates?q=" + nothing, "/admin/login-log?username=" + nothing }) {
			assertThat(page(get(path + "&lang=en").cookie(admin))).as(path)
				.contains("No entries")
				.doesNotContain("page 1 of 0", "page 0 of 0");
			assertThat(page(get(path + "&lang=zh_CN").cookie(admin))).as(path)
				.contains("无记录")
				.doesNotContain("第 0 / 0 页", "第 1 / 0 页");
		}
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
