package org.cciais.platform.audit;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 管理首页 counts and the searchable, append-only audit log. */
class AdminDashboardTests extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void dashboardCountsEnterprisesAndShowsTheLatestActions() throws Exception {
		var enterprise = enterprise();
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String html = mvc.perform(get("/admin").cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		long enterprises = jdbc.sql("select count(*) from enterprises").query(Long.class).single();
		assertThat(Html.textOf(html, "count-enterprises")).isEqualTo(String.valueOf(enterprises));
		assertThat(html).contains("注册企业", "机构", "账号", "资质证书", "最近操作");
		assertThat(table(html)).contains("企业 #" + enterprise.id(), "企业注册").doesNotContain("enterprise");
	}

	/** The text of the audit table, tags removed (the search form's option values are codes, its words are not). */
	private static String table(String html) {
		String table = html.substring(html.indexOf("id=\"audit-entries\""), html.indexOf("</table>"));
		return table.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
	}

	@Test
	void auditSearchFindsWhoDidWhatToWhich() throws Exception {
		var enterprise = enterprise();
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String byObject = mvc.perform(get("/admin/audit").cookie(admin).param("objectType", "enterprise")
				.param("objectId", String.valueOf(enterprise.id())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(table(byObject)).contains("企业注册", "企业注册：" + enterprise.name(), "企业 #" + enterprise.id())
			.doesNotContain("enterprise.register");
		String byActor = mvc.perform(get("/admin/audit").cookie(admin).param("actor", enterprise.username())
				.param("action", "enterprise.reg"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(table(byActor)).contains("企业 #" + enterprise.id());
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
	void theLogShowsLabelsForItsCodesAndTheLoopbackAsThisMachine() throws Exception {
		String reviewer = unique("rev");
		transactions.executeWithoutResult(s -> events.publishEvent(new AuditRecord(reviewer, Role.REVIEWER,
				"application.doc-fail", "application", "2", "金融行业三级：文件审核 → 文件审核整改")));
		mvc.perform(bearer(post("/api/v1/admin/clock"), token("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"advance\":\"PT1S\"}").with(r -> {
				r.setRemoteAddr("0:0:0:0:0:0:0:1");
				return r;
			})).andExpect(status().isOk());
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");

		String byReviewer = table(mvc.perform(get("/admin/audit").cookie(admin).param("actor", reviewer))
			.andReturn().getResponse().getContentAsString());
		assertThat(byReviewer).contains("评审员", "文件审核不通过（整改）", "资质申请 #2")
			.doesNotContain("application", "doc-fail", "REVIEWER");
		String clockMoves = table(mvc.perform(get("/admin/audit").cookie(admin).param("action", "clock.move"))
			.andReturn().getResponse().getContentAsString());
		assertThat(clockMoves).contains("调整平台时间", "平台时间", "本机").doesNotContain("0:0:0:0:0:0:0:1", "clock.move");
		String dashboard = table(mvc.perform(get("/admin").cookie(admin)).andReturn().getResponse()
			.getContentAsString());
		assertThat(dashboard).doesNotContain("0:0:0:0:0:0:0:1", "clock.move", "application.", "enterprise #");
		String form = mvc.perform(get("/admin/audit").cookie(admin)).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("<option value=\"application.\">资质申请操作（全部）</option>",
				"<option value=\"enterprise\">企业</option>");
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
