package org.cciais.platform;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.certificate.Approvals;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.account.NewAccount;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lists paged last (issue 11): annual inspections, certificate requests, enterprise changes, the admin's mails
 * and the review organisation's reviewers and relationships. Each is paged and sorted in the database: the size
 * asked for, {@code X-Total-Count}, a column sorted both ways, an unknown column refused with a problem naming
 * {@code sort}, and its page with the pager.
 */
class RemainingListsPagingTests extends PlatformTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CertificateIssuance issuance;

	private final List<Runnable> cleanUp = new ArrayList<>();

	@AfterEach
	void removeSeededRows() {
		cleanUp.forEach(Runnable::run);
	}

	private MvcResult api(String token, String url) throws Exception {
		return mvc.perform(bearer(get(url), token)).andReturn();
	}

	private List<String> column(MvcResult result, String field) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		List<String> values = new ArrayList<>();
		read(result.getResponse().getContentAsString()).forEach(n -> values.add(n.get(field).asString()));
		return values;
	}

	private void refusesUnknownSort(String token, String url) throws Exception {
		mvc.perform(bearer(get(url + (url.contains("?") ? "&" : "?") + "sort=password,asc"), token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	private String page(Cookie session, String url) throws Exception {
		return mvc.perform(get(url).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	// ---------------------------------------------------------------- annual inspections

	/**
	 * Twelve inspections of one enterprise at one review organisation, certificate numbers prefix-01 … prefix-12:
	 * odd rows submitted (on 2030-01-NN, row 1 first), even rows passed, but row 12 not yet open (never submitted);
	 * row i opens on 2030-03-01 + (12 - i) days.
	 */
	private String seedInspections(long enterpriseId, long reviewOrgId) {
		String prefix = unique("NJ");
		long certificateBase = 9_000_000_000L + Math.abs(prefix.hashCode()) * 100L;
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			boolean odd = i % 2 == 1;
			LocalDate opens = LocalDate.of(2030, 3, 1).plusDays(12 - i);
			rows.add(new Object[] { certificateBase + i, prefix + "-%02d".formatted(i), enterpriseId, reviewOrgId,
					Date.valueOf(opens), Date.valueOf(opens.plusMonths(2)), odd ? "SUBMITTED" : i == 12 ? "UPCOMING" : "PASSED",
					"年检企业-%02d".formatted(13 - i), Timestamp.from(clock.instant()),
					i == 12 ? null : Timestamp.from(Instant.parse("2030-01-%02dT02:00:00Z".formatted(i))),
					Timestamp.from(clock.instant()) });
		}
		jdbc.batchUpdate("insert into inspections (certificate_id, certificate_number, enterprise_id, review_org_id, "
				+ "industry, level, inspection_year, window_opens_on, window_closes_on, status, certificate_valid, "
				+ "submission_round, copy_changed, baseline_enterprise_name, created_at, submitted_at, updated_at, "
				+ "version) values (?, ?, ?, ?, 'GOVERNMENT', 'LEVEL_3', 1, ?, ?, ?, true, 1, false, ?, ?, ?, ?, 0)",
				rows);
		cleanUp.add(() -> jdbc.update("delete from inspections where enterprise_id = ?", enterpriseId));
		return prefix;
	}

	@Test
	void inspectionsArePagedAndSortedForTheEnterpriseAndTheReviewOrganisation() throws Exception {
		EnterpriseFixture enterprise = enterprise();
		OrganizationView org = reviewOrg("JJJ");
		String orgUsername = account(Role.REVIEW_ORG, org.id()).username();
		String prefix = seedInspections(enterprise.id(), org.id());
		String mine = token(enterprise.username());
		String theirs = token(orgUsername);

		MvcResult first = api(mine, "/api/v1/inspections?size=5");
		assertThat(first.getResponse().getHeader("X-Total-Count")).isEqualTo("12");
		assertThat(column(first, "certificateNumber")).as("earliest window first")
			.containsExactly(prefix + "-12", prefix + "-11", prefix + "-10", prefix + "-09", prefix + "-08");
		assertThat(first.getResponse().getHeader("Link")).isEqualTo(
				"<http://localhost/api/v1/inspections?size=5&page=0>; rel=\"first\", "
						+ "<http://localhost/api/v1/inspections?size=5&page=1>; rel=\"next\", "
						+ "<http://localhost/api/v1/inspections?size=5&page=2>; rel=\"last\"");
		assertThat(column(api(mine, "/api/v1/inspections?size=3&sort=certificateNumber,asc"), "certificateNumber"))
			.containsExactly(prefix + "-01", prefix + "-02", prefix + "-03");
		assertThat(column(api(mine, "/api/v1/inspections?size=3&sort=certificateNumber,desc"), "certificateNumber"))
			.containsExactly(prefix + "-12", prefix + "-11", prefix + "-10");
		assertThat(column(api(mine, "/api/v1/inspections?page=9"), "certificateNumber")).as("beyond the end").isEmpty();
		refusesUnknownSort(mine, "/api/v1/inspections");

		MvcResult pending = api(theirs, "/api/v1/inspections?status=SUBMITTED&size=2");
		assertThat(pending.getResponse().getHeader("X-Total-Count")).isEqualTo("6");
		assertThat(column(pending, "certificateNumber")).as("waiting longest first")
			.containsExactly(prefix + "-01", prefix + "-03");
		assertThat(column(api(theirs, "/api/v1/inspections?size=3&sort=enterpriseName,asc"), "enterpriseName"))
			.containsExactly("年检企业-01", "年检企业-02", "年检企业-03");
		assertThat(column(api(theirs, "/api/v1/inspections?size=3&sort=enterpriseName,desc"), "enterpriseName"))
			.containsExactly("年检企业-12", "年检企业-11", "年检企业-10");
		assertThat(column(api(theirs, "/api/v1/inspections?size=2"), "certificateNumber"))
			.as("latest submission first").containsExactly(prefix + "-11", prefix + "-10");
		assertThat(column(api(theirs, "/api/v1/inspections?size=5&page=2"), "certificateNumber"))
			.as("the unsubmitted last, on both databases").containsExactly(prefix + "-01", prefix + "-12");
		refusesUnknownSort(theirs, "/api/v1/inspections?status=SUBMITTED");

		String list = page(PageSessions.login(mvc, enterprise.username(), PASSWORD), "/enterprise/inspections?size=20");
		assertThat(list).contains("共 12 条，第 1 / 1 页").contains("href=\"/enterprise/inspections?size=20&amp;sort=status,asc\"")
			.contains("aria-sort=\"ascending\"");
		Cookie org1 = PageSessions.login(mvc, orgUsername, PASSWORD);
		String all = page(org1, "/review-org/inspections?tab=all&sort=enterpriseName,desc&page=0");
		assertThat(all).contains("共 12 条，第 1 / 1 页")
			.contains("href=\"/review-org/inspections?tab=all&amp;sort=enterpriseName,asc\"");
		assertThat(all.indexOf("年检企业-12")).isLessThan(all.indexOf("年检企业-11"));
		assertThat(page(org1, "/review-org/inspections")).contains("共 6 条，第 1 / 1 页");
		mvc.perform(get("/review-org/inspections?sort=password").cookie(org1)).andExpect(status().isBadRequest());
	}

	// ---------------------------------------------------------------- certificate requests

	/**
	 * Twelve declined cancellation requests of one certificate, reasons 理由-01 … 理由-12, requested on 2031-01-NN
	 * (later than any other test's request, so that the admin's newest-first list starts with them).
	 */
	@Test
	void certificateRequestsArePagedAndSortedForTheAdminAndTheEnterprise() throws Exception {
		EnterpriseFixture enterprise = enterprise();
		long certificateId = Approvals.certify(issuance, enterprise.id(), Industry.COMMERCE, Level.LEVEL_3,
				reviewOrg("JJJ").id(), null, clock.instant());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			rows.add(new Object[] { certificateId, enterprise.id(), "理由-%02d".formatted(i), enterprise.username(),
					Timestamp.from(Instant.parse("2031-01-%02dT02:00:00Z".formatted(i))) });
		}
		jdbc.batchUpdate("insert into certificate_requests (certificate_id, enterprise_id, kind, status, reason, "
				+ "requested_by, requested_at, decided_by, opinion, version) "
				+ "values (?, ?, 'CANCELLATION', 'DECLINED', ?, ?, ?, 'admin', '不予注销', 0)", rows);
		cleanUp.add(() -> jdbc.update("delete from certificate_requests where enterprise_id = ?", enterprise.id()));
		String mine = token(enterprise.username());
		String admin = token("admin");

		MvcResult own = api(mine, "/api/v1/certificate-requests?size=4");
		assertThat(own.getResponse().getHeader("X-Total-Count")).isEqualTo("12");
		assertThat(column(own, "reason")).as("newest first").containsExactly("理由-12", "理由-11", "理由-10", "理由-09");
		assertThat(column(api(mine, "/api/v1/certificate-requests?size=3&sort=requestedAt,asc"), "reason"))
			.containsExactly("理由-01", "理由-02", "理由-03");
		assertThat(column(api(mine, "/api/v1/certificate-requests?size=3&page=1&sort=requestedAt,desc"), "reason"))
			.containsExactly("理由-09", "理由-08", "理由-07");
		refusesUnknownSort(mine, "/api/v1/certificate-requests");

		MvcResult all = api(admin, "/api/v1/admin/certificate-requests?status=DECLINED&size=5&sort=requestedAt,desc");
		assertThat(Long.parseLong(all.getResponse().getHeader("X-Total-Count"))).isGreaterThanOrEqualTo(12);
		assertThat(column(all, "reason")).containsExactly("理由-12", "理由-11", "理由-10", "理由-09", "理由-08");
		assertThat(all.getResponse().getHeader("Link")).contains(
				"<http://localhost/api/v1/admin/certificate-requests?status=DECLINED&size=5&sort=requestedAt,desc&page=1>; rel=\"next\"");
		assertThat(column(api(admin, "/api/v1/admin/certificate-requests?page=100000"), "reason")).isEmpty();
		refusesUnknownSort(admin, "/api/v1/admin/certificate-requests");

		Cookie session = PageSessions.login(mvc, account(Role.ADMIN, null).username(), PASSWORD);
		String html = page(session, "/admin/certificates/requests?status=DECLINED&size=20");
		assertThat(html).contains("href=\"/admin/certificates/requests?status=DECLINED&amp;size=20&amp;sort=requestedAt,asc\"")
			.contains("aria-sort=\"descending\"").contains("每页").contains("共 ");
		assertThat(html.indexOf("理由-12")).isPositive().isLessThan(html.indexOf("理由-11"));
		assertThat(page(session, "/admin/certificates")).contains("href=\"/admin/certificates/requests\"");
		mvc.perform(get("/admin/certificates/requests?sort=reason").cookie(session)).andExpect(status().isBadRequest());

		// a request decided from 全部注销申请 returns there (here refused: it was already declined); else to 证书管理
		long declined = jdbc.queryForObject("select min(id) from certificate_requests where enterprise_id = ?",
				Long.class, enterprise.id());
		mvc.perform(post("/admin/certificates/requests/{id}/decline", declined).cookie(session).with(csrf())
			.param("from", "/admin/certificates/requests")).andExpect(redirectedUrl("/admin/certificates/requests"));
		mvc.perform(post("/admin/certificates/requests/{id}/confirm", declined).cookie(session).with(csrf())
			.param("from", "/admin/certificates/requests")).andExpect(redirectedUrl("/admin/certificates/requests"));
		mvc.perform(post("/admin/certificates/requests/{id}/decline", declined).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/certificates"));
		mvc.perform(post("/admin/certificates/requests/{id}/decline", declined).cookie(session).with(csrf())
			.param("from", "https://elsewhere.example/")).andExpect(redirectedUrl("/admin/certificates"));
		assertThat(page(session, "/admin/certificates/requests"))
			.contains("<input type=\"hidden\" name=\"from\" value=\"/admin/certificates/requests\">");
	}

	// ---------------------------------------------------------------- enterprise changes

	/**
	 * Twelve changes of one enterprise, opinions 意见-01 … 意见-12, submitted on 2031-02-NN (later than any other
	 * test's change); row 3 needs rectification, the others passed.
	 */
	@Test
	void enterpriseChangesArePagedAndSortedForTheAdminAndTheEnterprise() throws Exception {
		EnterpriseFixture enterprise = enterprise();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			rows.add(new Object[] { enterprise.id(), i == 3 ? "RECTIFICATION" : "PASSED", "变更后-%02d".formatted(i),
					java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
					Timestamp.from(Instant.parse("2031-02-%02dT02:00:00Z".formatted(i))), "意见-%02d".formatted(i) });
		}
		jdbc.batchUpdate("insert into enterprise_changes (enterprise_id, status, name, registered_address, "
				+ "legal_representative, registered_capital, unit_type, old_name, old_registered_address, "
				+ "old_legal_representative, old_registered_capital, old_unit_type, proof_file_id, licence_file_id, "
				+ "submitted_at, opinion, version) values (?, ?, ?, '北京市', '张三', 100, 'LIMITED', '变更前', '北京市', "
				+ "'张三', 100, 'LIMITED', ?, ?, ?, ?, 0)", rows);
		cleanUp.add(() -> jdbc.update("delete from enterprise_changes where enterprise_id = ?", enterprise.id()));
		String mine = token(enterprise.username());
		String admin = token("admin");

		MvcResult own = api(mine, "/api/v1/enterprise/changes?size=4");
		assertThat(own.getResponse().getHeader("X-Total-Count")).isEqualTo("12");
		assertThat(column(own, "opinion")).as("newest first").containsExactly("意见-12", "意见-11", "意见-10", "意见-09");
		assertThat(column(api(mine, "/api/v1/enterprise/changes?size=3&sort=status,desc"), "opinion"))
			.containsExactly("意见-03", "意见-12", "意见-11");
		assertThat(column(api(mine, "/api/v1/enterprise/changes?size=2&sort=status,asc"), "opinion"))
			.containsExactly("意见-01", "意见-02");
		assertThat(column(api(mine, "/api/v1/enterprise/changes?size=3&sort=submittedAt,asc"), "opinion"))
			.containsExactly("意见-01", "意见-02", "意见-03");
		refusesUnknownSort(mine, "/api/v1/enterprise/changes");

		MvcResult all = api(admin, "/api/v1/admin/enterprise-changes?size=3&sort=submittedAt,desc");
		assertThat(Long.parseLong(all.getResponse().getHeader("X-Total-Count"))).isGreaterThanOrEqualTo(12);
		assertThat(column(all, "opinion")).containsExactly("意见-12", "意见-11", "意见-10");
		assertThat(column(api(admin, "/api/v1/admin/enterprise-changes?page=100000"), "opinion")).isEmpty();
		refusesUnknownSort(admin, "/api/v1/admin/enterprise-changes");

		Cookie session = PageSessions.login(mvc, account(Role.ADMIN, null).username(), PASSWORD);
		String html = page(session, "/admin/enterprise-changes?sort=submittedAt,desc&size=20");
		assertThat(html).contains("href=\"/admin/enterprise-changes?sort=submittedAt,asc&amp;size=20\"")
			.contains("aria-sort=\"descending\"").contains("每页").contains("共 ");
		assertThat(html.indexOf("变更后-12")).isPositive().isLessThan(html.indexOf("变更后-11"));
		mvc.perform(get("/admin/enterprise-changes?sort=name").cookie(session)).andExpect(status().isBadRequest());
	}

	// ---------------------------------------------------------------- admin mails

	/**
	 * Twelve failed mails, subjects 邮件-01 … 邮件-12: rows 1–6 created on 1990-01-0N (older than any other test's
	 * mail), rows 7–12 on 2031-01-NN (newer than any), so both ends of the outbox are known; row i tried 1000 + i times.
	 */
	@Test
	void adminMailsArePagedAndSorted() throws Exception {
		String key = unique("paging-mail-");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			Instant created = Instant.parse((i <= 6 ? "1990" : "2031") + "-01-%02dT02:00:00Z".formatted(i));
			rows.add(new Object[] { key + i, "paging%02d@example.cn".formatted(i), "邮件-%02d".formatted(i), 1000 + i,
					Timestamp.from(created), Timestamp.from(created) });
		}
		jdbc.batchUpdate("insert into mail_outbox (dedup_key, recipient, subject, text_body, html_body, status, "
				+ "attempts, next_attempt_at, last_error, created_at) values (?, ?, ?, '正文', '<p>正文</p>', 'FAILED', ?, ?, "
				+ "'连接被拒绝', ?)", rows);
		cleanUp.add(() -> jdbc.update("delete from mail_outbox where dedup_key like ?", key + "%"));
		String admin = token("admin");

		MvcResult newest = api(admin, "/api/v1/admin/mails?status=FAILED&size=4");
		assertThat(Long.parseLong(newest.getResponse().getHeader("X-Total-Count"))).isGreaterThanOrEqualTo(12);
		assertThat(column(newest, "subject")).as("newest first").containsExactly("邮件-12", "邮件-11", "邮件-10", "邮件-09");
		assertThat(column(api(admin, "/api/v1/admin/mails?size=3&sort=createdAt,asc"), "subject"))
			.containsExactly("邮件-01", "邮件-02", "邮件-03");
		assertThat(column(api(admin, "/api/v1/admin/mails?size=3&sort=createdAt,desc"), "subject"))
			.containsExactly("邮件-12", "邮件-11", "邮件-10");
		assertThat(column(api(admin, "/api/v1/admin/mails?size=2&page=1&sort=attempts,desc"), "subject"))
			.containsExactly("邮件-10", "邮件-09");
		assertThat(column(api(admin, "/api/v1/admin/mails?page=100000"), "subject")).isEmpty();
		refusesUnknownSort(admin, "/api/v1/admin/mails?status=FAILED");

		Cookie session = PageSessions.login(mvc, account(Role.ADMIN, null).username(), PASSWORD);
		String html = page(session, "/admin/mails?status=FAILED&sort=createdAt,asc");
		assertThat(html).contains("href=\"/admin/mails?status=FAILED&amp;sort=createdAt,desc\"")
			.contains("aria-sort=\"ascending\"").contains("每页").contains("共 ");
		assertThat(html.indexOf("邮件-01")).isPositive().isLessThan(html.indexOf("邮件-02"));
		mvc.perform(get("/admin/mails?sort=htmlBody").cookie(session)).andExpect(status().isBadRequest());
	}

	// ---------------------------------------------------------------- reviewers and relationships

	/**
	 * A review organisation with twelve reviewers, logins prefix-01 … prefix-12 named 评审员-12 … 评审员-01 (the other
	 * way round), and twelve related consulting organisations named prefix-01 … prefix-12, declared on 2031-03-NN.
	 */
	@Test
	void reviewersAndRelationshipsArePagedAndSorted() throws Exception {
		OrganizationView org = reviewOrg("JJJ");
		String orgUsername = account(Role.REVIEW_ORG, org.id()).username();
		String prefix = unique("rv");
		for (int i = 1; i <= 12; i++) {
			accounts.create(new NewAccount(prefix + "-%02d".formatted(i), PASSWORD, Role.REVIEWER,
					"评审员-%02d".formatted(13 - i), prefix + i + "@example.com", null, org.id()), admin());
			long consulting = organizationManagement.create(OrganizationType.CONSULTING, "关联" + prefix + "-%02d".formatted(i),
					List.of("JJJ"), admin()).id();
			jdbc.update("insert into organization_relationships (review_org_id, consulting_org_id, note, created_at) "
					+ "values (?, ?, ?, ?)", org.id(), consulting, "说明-%02d".formatted(i),
					Timestamp.from(Instant.parse("2031-03-%02dT02:00:00Z".formatted(13 - i))));
		}
		cleanUp.add(() -> jdbc.update("delete from organization_relationships where review_org_id = ?", org.id()));
		String theirs = token(orgUsername);

		MvcResult first = api(theirs, "/api/v1/review-org/reviewers?size=5");
		assertThat(first.getResponse().getHeader("X-Total-Count")).isEqualTo("12");
		assertThat(column(first, "username")).as("by login name").containsExactly(prefix + "-01", prefix + "-02",
				prefix + "-03", prefix + "-04", prefix + "-05");
		assertThat(column(api(theirs, "/api/v1/review-org/reviewers?size=3&sort=username,desc"), "username"))
			.containsExactly(prefix + "-12", prefix + "-11", prefix + "-10");
		assertThat(column(api(theirs, "/api/v1/review-org/reviewers?size=2&sort=displayName,asc"), "displayName"))
			.containsExactly("评审员-01", "评审员-02");
		assertThat(column(api(theirs, "/api/v1/review-org/reviewers?page=9"), "username")).isEmpty();
		refusesUnknownSort(theirs, "/api/v1/review-org/reviewers");

		MvcResult related = api(theirs, "/api/v1/review-org/relationships?size=4&sort=name,asc");
		assertThat(related.getResponse().getHeader("X-Total-Count")).isEqualTo("12");
		assertThat(column(related, "note")).containsExactly("说明-01", "说明-02", "说明-03", "说明-04");
		assertThat(column(api(theirs, "/api/v1/review-org/relationships?size=3&sort=name,desc"), "note"))
			.containsExactly("说明-12", "说明-11", "说明-10");
		assertThat(column(api(theirs, "/api/v1/review-org/relationships?size=3&page=1&sort=createdAt,asc"), "note"))
			.as("declared the other way round").containsExactly("说明-09", "说明-08", "说明-07");
		assertThat(related.getResponse().getHeader("Link")).contains(
				"<http://localhost/api/v1/review-org/relationships?size=4&sort=name,asc&page=2>; rel=\"last\"");
		assertThat(column(api(theirs, "/api/v1/review-org/relationships?page=9"), "note")).isEmpty();
		refusesUnknownSort(theirs, "/api/v1/review-org/relationships");

		Cookie session = PageSessions.login(mvc, orgUsername, PASSWORD);
		String html = page(session, "/review-org/reviewers?sort=displayName,desc");
		assertThat(html).contains("共 12 条，第 1 / 1 页")
			.contains("href=\"/review-org/reviewers?sort=displayName,asc\"").contains("aria-sort=\"descending\"");
		assertThat(html.indexOf(prefix + "-01")).isPositive().isLessThan(html.indexOf(prefix + "-02"));
		mvc.perform(get("/review-org/reviewers?sort=status").cookie(session)).andExpect(status().isBadRequest());
	}
}
