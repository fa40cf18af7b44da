package org.cciais.platform.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.ApplicationRows;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Work lists at scale (issue 11): 60 applications of one enterprise at one review organisation, paged, sorted and
 * filtered in the database, on the API (X-Total-Count, Link) and on the admin page (page and sort links keep the
 * filters).
 */
class ApplicationListPagingTests extends PlatformTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EnterpriseQueries enterprises;

	EnterpriseFixture enterprise;

	String creditCode;

	String prefix;

	String orgToken;

	String orgUsername;

	String adminToken;

	/**
	 * Row i (1–60): name prefix-NN, submitted on 2025-01-01 + (i - 1) days at 10:00 Beijing time, last changed
	 * 61 - i days ago; even rows in 文件审核 (waiting for the reviewer), odd rows accepted with the materials due in
	 * i days.
	 */
	@BeforeEach
	void sixtyApplications() throws Exception {
		enterprise = enterprise();
		creditCode = enterprises.get(enterprise.id()).creditCode();
		OrganizationView org = reviewOrg("JJJ");
		orgUsername = account(Role.REVIEW_ORG, org.id()).username();
		orgToken = token(orgUsername);
		adminToken = token("admin");
		prefix = unique("分页企业");
		Instant now = clock.instant();
		Instant firstDay = Instant.parse("2025-01-01T02:00:00Z");
		List<ApplicationRows.Row> rows = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			boolean even = i % 2 == 0;
			rows.add(new ApplicationRows.Row(prefix + "-%02d".formatted(i), even ? "DOC_REVIEW" : "ACCEPTED",
					firstDay.plus(Duration.ofDays(i - 1)), now.minus(Duration.ofDays(61 - i)),
					even ? null : now.plus(Duration.ofDays(i))));
		}
		ApplicationRows.insert(jdbc, enterprise.id(), org.id(), rows);
	}

	@AfterEach
	void removeThem() {
		ApplicationRows.delete(jdbc, enterprise.id());
	}

	private MvcResult api(String token, String query) throws Exception {
		return mvc.perform(bearer(get("/api/v1/review/applications?" + query), token)).andReturn();
	}

	private List<String> names(MvcResult result) throws Exception {
		List<String> names = new ArrayList<>();
		read(result.getResponse().getContentAsString()).forEach(n -> names.add(n.get("enterpriseName").asString()));
		return names;
	}

	@Test
	void workListApiPagesTheLastChangedFirstWithTotalAndLinks() throws Exception {
		MvcResult first = api(orgToken, "size=25");
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		assertThat(first.getResponse().getHeader("X-Total-Count")).isEqualTo("60");
		assertThat(names(first)).hasSize(25);
		assertThat(names(first).get(0)).isEqualTo(prefix + "-60");
		assertThat(names(first).get(24)).isEqualTo(prefix + "-36");
		assertThat(first.getResponse().getHeader("Link")).isEqualTo(
				"<http://localhost/api/v1/review/applications?size=25&page=0>; rel=\"first\", "
						+ "<http://localhost/api/v1/review/applications?size=25&page=1>; rel=\"next\", "
						+ "<http://localhost/api/v1/review/applications?size=25&page=2>; rel=\"last\"");

		MvcResult last = api(orgToken, "size=25&page=2");
		assertThat(names(last)).hasSize(10);
		assertThat(names(last).get(9)).isEqualTo(prefix + "-01");
		assertThat(last.getResponse().getHeader("Link")).isEqualTo(
				"<http://localhost/api/v1/review/applications?size=25&page=0>; rel=\"first\", "
						+ "<http://localhost/api/v1/review/applications?size=25&page=1>; rel=\"prev\", "
						+ "<http://localhost/api/v1/review/applications?size=25&page=2>; rel=\"last\"");

		assertThat(names(api(orgToken, ""))).as("50 by default").hasSize(50);
		assertThat(names(api(orgToken, "size=500"))).hasSize(60);
	}

	@Test
	void workListApiSortsByAWhitelistedColumn() throws Exception {
		List<String> ascending = names(api(orgToken, "sort=enterpriseName,asc&size=3"));
		assertThat(ascending).containsExactly(prefix + "-01", prefix + "-02", prefix + "-03");
		List<String> bySubmission = names(api(orgToken, "sort=submittedAt,desc&size=2&page=1"));
		assertThat(bySubmission).containsExactly(prefix + "-58", prefix + "-57");
		List<String> byStatus = names(api(orgToken, "sort=status,asc&size=500"));
		assertThat(byStatus.get(0)).endsWith("-01").as("ACCEPTED before DOC_REVIEW, then by id");
		assertThat(byStatus.get(30)).isEqualTo(prefix + "-02");
	}

	@Test
	void refusalsAreProblemsNamingTheParameter() throws Exception {
		String[][] cases = { { "sort=password,asc", "sort" }, { "sort=enterpriseName,up", "sort" },
				{ "size=501", "size" }, { "size=0", "size" }, { "page=-1", "page" }, { "page=abc", "page" } };
		for (String[] c : cases) {
			mvc.perform(bearer(get("/api/v1/review/applications?" + c[0]), orgToken))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.errors[0].field").value(c[1]));
		}
		mvc.perform(bearer(get("/api/v1/review/applications?sort=password,asc"), orgToken))
			.andExpect(jsonPath("$.detail").value(
					"不能按“password”排序，可排序的字段：id, enterpriseName, industry, level, status, submittedAt, updatedAt"));
		mvc.perform(bearer(get("/api/v1/review/applications?size=501"), orgToken))
			.andExpect(jsonPath("$.detail").value("每页条数应在 1 到 500 之间"));
	}

	@Test
	void adminSearchesByNameOrCreditCodeAndSubmissionDates() throws Exception {
		assertThat(api(adminToken, "q=" + prefix).getResponse().getHeader("X-Total-Count")).isEqualTo("60");
		assertThat(api(adminToken, "q=" + prefix + "-3").getResponse().getHeader("X-Total-Count"))
			.as("-30 to -39").isEqualTo("10");
		assertThat(api(adminToken, "q=" + creditCode.toLowerCase()).getResponse().getHeader("X-Total-Count"))
			.isEqualTo("60");
		MvcResult range = api(adminToken, "q=" + prefix + "&from=2025-01-11&to=2025-01-20&sort=submittedAt,asc");
		assertThat(range.getResponse().getHeader("X-Total-Count")).isEqualTo("10");
		assertThat(names(range).get(0)).isEqualTo(prefix + "-11");
		assertThat(names(range).get(9)).isEqualTo(prefix + "-20");
		mvc.perform(bearer(get("/api/v1/review/applications?from=2025-13-01"), adminToken))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void adminFindsOverdueCases() throws Exception {
		MvcResult due = api(adminToken, "q=" + prefix + "&dueWithin=10&sort=enterpriseName,asc");
		assertThat(due.getResponse().getHeader("X-Total-Count")).isEqualTo("5");
		assertThat(names(due)).containsExactly(prefix + "-01", prefix + "-03", prefix + "-05", prefix + "-07",
				prefix + "-09");
		MvcResult waiting = api(adminToken, "q=" + prefix + "&waitingOver=30&sort=enterpriseName,asc");
		assertThat(waiting.getResponse().getHeader("X-Total-Count")).isEqualTo("15");
		assertThat(names(waiting).get(0)).isEqualTo(prefix + "-02");
		assertThat(names(waiting).get(14)).isEqualTo(prefix + "-30");
		mvc.perform(bearer(get("/api/v1/review/applications?waitingOver=0"), adminToken))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("waitingOver"))
			.andExpect(jsonPath("$.detail").value("天数应为 1 到 3650 之间的整数"));
	}

	@Test
	void enterpriseListPagesItsOwnApplicationsNewestSubmissionFirst() throws Exception {
		String token = token(enterprise.username());
		MvcResult page = mvc.perform(bearer(get("/api/v1/applications?size=7&page=1"), token)).andReturn();
		assertThat(page.getResponse().getHeader("X-Total-Count")).isEqualTo("60");
		assertThat(names(page)).hasSize(7);
		assertThat(names(page).get(0)).isEqualTo(prefix + "-53");
		mvc.perform(bearer(get("/api/v1/applications?sort=enterpriseName,asc"), token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	@Test
	void adminPageShowsTheTotalAndItsSortAndPageLinksKeepTheFilters() throws Exception {
		Cookie admin = PageSessions.login(mvc, account(Role.ADMIN, null).username(), PASSWORD);
		String html = mvc.perform(get("/admin/applications").param("q", prefix).param("status", "DOC_REVIEW")
			.param("size", "20").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("共 30 条，第 1 / 2 页");
		String q = java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("href=\"/admin/applications?q=" + q + "&amp;status=DOC_REVIEW&amp;size=20&amp;sort=enterpriseName,asc\"");
		assertThat(html).contains("href=\"/admin/applications?q=" + q + "&amp;status=DOC_REVIEW&amp;size=20&amp;page=1\"");
		assertThat(html).contains("href=\"/admin/applications?q=" + q + "&amp;status=DOC_REVIEW&amp;size=50\"");
		assertThat(html).contains("aria-sort=\"descending\"");

		String sorted = mvc.perform(get("/admin/applications").param("q", prefix).param("status", "DOC_REVIEW")
			.param("sort", "enterpriseName,asc").param("page", "1").cookie(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sorted).contains(prefix + "-42").doesNotContain(prefix + "-40<");
		assertThat(sorted).as("clicking the sorted column again turns it round")
			.contains("sort=enterpriseName,desc\"");
		assertThat(sorted).contains("aria-sort=\"ascending\"");
	}

	@Test
	void adminPageShowsABadFilterBesideItsField() throws Exception {
		Cookie admin = PageSessions.login(mvc, account(Role.ADMIN, null).username(), PASSWORD);
		String html = mvc.perform(get("/admin/applications").param("q", prefix).param("dueWithin", "-3").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("天数应为 1 到 3650 之间的整数").contains("value=\"" + prefix + "\"");
	}

	@Test
	void workbenchTabCountsComeFromTheDatabaseAndItsLinksKeepTheTab() throws Exception {
		Cookie session = PageSessions.login(mvc, orgUsername, PASSWORD);
		String html = mvc.perform(get("/review-org/applications?tab=reviewing&size=50").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("共 60 条，第 1 / 2 页");
		assertThat(html).contains("href=\"/review-org/applications?tab=reviewing&amp;size=50&amp;page=1\"");
		assertThat(html).contains("href=\"/review-org/applications?tab=reviewing&amp;size=50&amp;sort=status,asc\"");
		assertThat(html).contains(prefix + "-60").doesNotContain(prefix + "-10<");
		assertThat(html.replaceAll("\\s+", " ")).contains("<span>评审中</span> <span class=\"badge rounded-pill text-bg-danger\">60</span>");
		mvc.perform(get("/review-org/applications?tab=reviewing&size=30").cookie(session))
			.andExpect(status().isBadRequest());
	}

	@Test
	void progressPageIsPagedNewestSubmissionFirst() throws Exception {
		Cookie session = PageSessions.login(mvc, enterprise.username(), PASSWORD);
		String html = mvc.perform(get("/enterprise/progress?page=2").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("共 60 条，第 3 / 3 页");
		assertThat(html).contains("href=\"/enterprise/progress?page=1\"");
		assertThat(html).contains("aria-sort=\"descending\"");
	}
}
