package org.cciais.platform.audit;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office for an English reader (issue 9 item 3): the pages with {@code ?lang=en} (or its cookie) and the API
 * with {@code Accept-Language: en} read in English, headings, refusals and Excel headers alike; without either they
 * stay Chinese.
 */
class BackOfficeInEnglishTests extends PlatformTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void theDashboardTheAuditLogAndTheStatisticsReadInEnglishWithLangEn() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		MockHttpServletResponse dashboard = mvc.perform(get("/admin").param("lang", "en").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(dashboard.getContentAsString()).contains("<title>Administration - CCIAIS</title>",
				"Registered enterprises", "Latest actions", "Review organisation", ">Description</th>");
		assertThat(dashboard.getContentAsString()).doesNotContain("最近操作", "注册企业", "其中尚未提交资质申请");
		Cookie english = dashboard.getCookie("lang");
		assertThat(english).isNotNull();
		assertThat(english.getValue()).isEqualTo("en");

		// the choice is remembered: the next pages need no ?lang
		String audit = mvc.perform(get("/admin/audit").cookie(admin, english)).andReturn().getResponse()
			.getContentAsString();
		assertThat(audit).contains("<title>Audit log - CCIAIS</title>", "Actor (login name)", "All actions",
				"Account actions (all)", "Engineer unbound: former employer holds no valid certificate", ">Search</button>");
		// the entries' stored summaries stay as written (an earlier export's says "操作日志：筛选…"): only the page's words
		assertThat(audit).doesNotContain("<title>操作日志", "全部操作", "账号操作");

		String statistics = mvc.perform(get("/admin/statistics").cookie(admin, english)).andReturn().getResponse()
			.getContentAsString();
		assertThat(statistics).contains("<title>Statistics - CCIAIS</title>", "Applications by stage",
				"Review time by organisation", "In time (≤ ", "Export to Excel", "&quot;medianDays&quot;:&quot;Median days&quot;");
		assertThat(statistics).doesNotContain("申请按阶段", "导出 Excel", "中位天数");

		assertThat(mvc.perform(get("/admin").cookie(admin)).andReturn().getResponse().getContentAsString())
			.as("Chinese without the choice").contains("<title>管理首页 - CCIAIS</title>", "最近操作");
	}

	/** A key missing in a bundle shows as {@code ??key_en??}; a bad pattern fails the page. */
	@Test
	void everyPageOfTheBackOfficeRendersInBothLanguagesWithEveryKeyFound() throws Exception {
		OrganizationView review = reviewOrg("JJJ");
		AccountView org = account(Role.REVIEW_ORG, review.id());
		AccountView reviewer = account(Role.REVIEWER, review.id());
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		Cookie orgSession = PageSessions.login(mvc, org.username(), PASSWORD);
		Cookie reviewerSession = PageSessions.login(mvc, reviewer.username(), PASSWORD);
		Cookie enterpriseSession = PageSessions.login(mvc, enterprise().username(), PASSWORD);
		List<Object[]> pages = List.of(new Object[] { "/admin/accounts", admin, "Users" },
				new Object[] { "/admin/accounts/" + reviewer.username() + "/edit", admin, "Edit account" },
				new Object[] { "/admin/sessions", admin, "Online users" },
				new Object[] { "/admin/login-log", admin, "Login log" },
				new Object[] { "/admin/jobs", admin, "Scheduled jobs" },
				new Object[] { "/admin/jobs/certificate-expiry", admin, "Run history" },
				new Object[] { "/admin/notices", admin, "New notice" },
				new Object[] { "/admin/organizations", admin, "New organisation" },
				new Object[] { "/admin/dictionaries/region-groups", admin, "New region group" },
				new Object[] { "/admin/dictionaries/industries", admin, "Business scope" },
				new Object[] { "/admin/dictionaries/materials", admin, "New material" },
				new Object[] { "/admin/dictionaries/unit-types", admin, "New unit type" },
				new Object[] { "/admin/engineers", admin, "Register an engineer" },
				new Object[] { "/review-org/reviewers", orgSession, "Related consulting organisations" },
				new Object[] { "/review-org/reviewers/" + reviewer.username(), orgSession, "Save record" },
				new Object[] { "/reviewer/conflicts", reviewerSession, "Conflicts of interest" },
				new Object[] { "/enterprise/personnel", enterpriseSession, "Add a person" });
		for (Object[] page : pages) {
			for (String lang : List.of("zh", "en")) {
				MockHttpServletResponse response = mvc
					.perform(get((String) page[0]).param("lang", lang).cookie((Cookie) page[1]))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as("%s in %s", page[0], lang).isEqualTo(200);
				assertThat(response.getContentAsString()).as("%s in %s", page[0], lang).doesNotContain("??");
				if (lang.equals("en")) {
					assertThat(response.getContentAsString()).as("%s in English", page[0]).contains((String) page[2]);
				}
			}
		}
	}

	@Test
	void refusalsAndFlashMessagesFollowTheReadersLanguage() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		assertThat(mvc.perform(get("/admin/statistics").param("lang", "en").param("from", "2030-05-01")
				.param("to", "2030-04-01").cookie(admin)).andReturn().getResponse().getContentAsString())
			.contains("The start date cannot be after the end date");

		AccountView reviewer = account(Role.REVIEWER, reviewOrg().id());
		OrganizationView consulting = consultingOrg();
		assertThat(mvc.perform(post("/admin/accounts/" + reviewer.username() + "/edit").param("lang", "en")
				.cookie(admin).with(csrf())
				.param("organizationId", String.valueOf(consulting.id()))
				.param("displayName", "Wang"))
			.andReturn().getResponse().getContentAsString())
			.contains("Organisation &quot;" + consulting.name()
					+ "&quot; has type Consulting organisation; this role needs Review organisation");

		var done = mvc.perform(post("/admin/accounts/" + reviewer.username() + "/disable").param("lang", "en")
				.cookie(admin).with(csrf()))
			.andReturn();
		assertThat(done.getFlashMap().get("success"))
			.isEqualTo("Account " + reviewer.username() + " disabled; its sessions and API tokens have all ended.");
	}

	@Test
	void exportsHaveEnglishHeadersForAnEnglishReader() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		OrganizationView org = reviewOrg("JJJ");
		Export accounts = export(get("/admin/accounts").param("lang", "en").param("export", "xlsx").cookie(admin));
		assertThat(accounts.headers()).containsExactly("Login name", "Name", "Role", "Organisation", "Phone", "E-mail",
				"Status", "Locked until", "Created");

		String token = token("admin");
		Export organisations = export(get("/api/v1/admin/organizations").header("Authorization", "Bearer " + token)
			.header("Accept", XLSX)
			.header("Accept-Language", "en"));
		assertThat(organisations.headers()).contains("Organisation name", "Type", "Authorised regions", "Accounts");
		assertThat(organisations.rows()).anySatisfy(r -> {
			assertThat(r.getCellText(1)).isEqualTo(org.name());
			assertThat(r.getCellText(2)).isEqualTo("Review organisation");
		});
		assertThat(export(get("/api/v1/admin/organizations").header("Authorization", "Bearer " + token)
			.header("Accept", XLSX)).headers()).as("Chinese by default").contains("机构名称", "类型", "授权区域", "账号数");

		MockHttpServletResponse statistics = mvc
			.perform(get("/admin/statistics/export").param("lang", "en").param("from", "2030-03-01")
				.param("to", "2030-04-30").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(URLDecoder.decode(statistics.getHeader("Content-Disposition"), StandardCharsets.UTF_8))
			.containsPattern("filename\\*=UTF-8''statistics-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(statistics.getContentAsByteArray()))) {
			assertThat(workbook.getSheets().map(Sheet::getName).toList()).containsExactly("Applications by stage",
					"Applications by industry", "Applications by region group", "Applications by month",
					"Certificates by industry", "Certificates by level", "Review time by organisation",
					"Annual inspections this month");
			List<Row> months = workbook.getSheets().skip(3).findFirst().orElseThrow().read();
			assertThat(months.get(0).getCellText(0)).isEqualTo("Submission month");
			assertThat(months.get(0).getCellText(1)).isEqualTo("Applications");
			assertThat(months.get(1).getCellText(0)).isEqualTo("2030-03");
		}
	}

	private Export export(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(XLSX);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			return new Export(workbook.getFirstSheet().read());
		}
	}

	record Export(List<Row> rows) {

		List<String> headers() {
			List<String> headers = new ArrayList<>();
			rows.get(0).forEach(c -> headers.add(c == null ? null : c.getText()));
			return headers;
		}
	}
}
