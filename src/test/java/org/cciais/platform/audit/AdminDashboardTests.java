package org.cciais.platform.audit;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 管理首页 counts and the searchable, append-only audit log. */
class AdminDashboardTests extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void dashboardCountsEnterprisesAndShowsTheLatestActions() throws Exception {
		var enterprise = enterprise();
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String html = mvc.perform(get("/admin").cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		long enterprises = jdbc.sql("select count(*) from enterprises").query(Long.class).single();
		assertThat(Html.textOf(html, "count-enterprises")).isEqualTo(String.valueOf(enterprises));
		assertThat(html).contains("注册企业", "机构", "账号", "资质证书", "最近操作");
		assertThat(html).contains("enterprise #" + enterprise.id());
	}

	@Test
	void auditSearchFindsWhoDidWhatToWhich() throws Exception {
		var enterprise = enterprise();
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String byObject = mvc.perform(get("/admin/audit").cookie(admin).param("objectType", "enterprise")
				.param("objectId", String.valueOf(enterprise.id())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(byObject).contains("enterprise.register", "企业注册：" + enterprise.name());
		String byActor = mvc.perform(get("/admin/audit").cookie(admin).param("actor", enterprise.username())
				.param("action", "enterprise.reg"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(byActor).contains("enterprise #" + enterprise.id());
		String none = mvc.perform(get("/admin/audit").cookie(admin).param("actor", unique("nobody")))
			.andReturn().getResponse().getContentAsString();
		assertThat(none).contains("没有符合条件的记录");

		mvc.perform(bearer(get("/api/v1/admin/audit").param("objectType", "enterprise")
				.param("objectId", String.valueOf(enterprise.id())), token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].action").value("enterprise.register"))
			.andExpect(jsonPath("$[0].actor").value(enterprise.username()));
	}

	@Test
	void onlyTheAssociationSeesTheDashboardAndTheLog() throws Exception {
		var enterprise = enterprise();
		Cookie browser = PageSessions.login(mvc, enterprise.username(), PASSWORD);
		mvc.perform(get("/admin").cookie(browser)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").cookie(browser)).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/admin/audit"), token(enterprise.username()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin")).andExpect(status().is3xxRedirection());
	}
}
