package org.cciais.platform.application;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.cciais.platform.certificate.Approvals;
import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.inspection.InspectionManagement;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PageSessions;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 数据统计 (issue 12 item 8) on a small seeded set. The property gives this class its own context and so its own,
 * otherwise empty database: the figures are platform-wide, literal numbers need a database nobody else writes to.
 * Review deadline here 30 days.
 */
@TestPropertySource(properties = "cciais.statistics.review-deadline-days=30")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTests extends ApplicationTestSupport {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateManagement certificates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InspectionManagement inspections;

	/** 2030-03-10 10:00 in Beijing; day 40 is 2030-04-19. This context's clock only, moved forward. */
	private static final java.time.Instant DAY_0 = java.time.Instant.parse("2030-03-10T02:00:00Z");

	private Parties p;

	/**
	 * Day 0: GOVERNMENT accepted and confirmed the same day (0 days), FINANCE accepted and put into 文件审核, TELECOM
	 * only submitted; a Shanghai enterprise submits COMMERCE. Three certificates, one suspended, and two issued a year earlier. Day 40: FINANCE is
	 * confirmed (40 days after acceptance, late).
	 */
	@BeforeAll
	void seed() throws Exception {
		clock.setTo(DAY_0);
		p = parties();
		inFinalReview(p, "GOVERNMENT");
		long finance = inDocReview(p, "FINANCE");
		applied(p, "TELECOM");

		var shanghai = enterprise("310000");
		OrganizationView delta = reviewOrg("YANGTZE_DELTA");
		OrganizationView deltaConsulting = consultingOrg("YANGTZE_DELTA");
		mvc.perform(bearer(post("/api/v1/applications"), token(shanghai.username()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"industry\":\"COMMERCE\",\"reviewOrgId\":" + delta.id() + ",\"consultingOrgId\":"
					+ deltaConsulting.id() + "}"))
			.andExpect(status().isCreated());

		var now = clock.instant();
		long government = Approvals.certify(issuance, p.enterprise().id(), Industry.GOVERNMENT, Level.LEVEL_3,
				p.reviewOrg().id(), null, now);
		long suspended = Approvals.certify(issuance, p.enterprise().id(), Industry.FINANCE, Level.LEVEL_3,
				p.reviewOrg().id(), null, now);
		long commerce = Approvals.certify(issuance, shanghai.id(), Industry.COMMERCE, Level.LEVEL_2, delta.id(), null,
				now);
		certificates.suspend(suspended, "测试暂停", admin());
		// issued 2029-01-15: window 2030-01-01 … 2030-02-28 already closed, lapses (MISSED, 失效) on day 40;
		// issued 2029-03-05: window 2030-03-01 … 2030-04-30, due in the month of day 40
		long energy = Approvals.certify(issuance, shanghai.id(), Industry.ENERGY, Level.LEVEL_3, delta.id(), null,
				java.time.Instant.parse("2029-01-15T02:00:00Z"));
		long manufacturing = Approvals.certify(issuance, shanghai.id(), Industry.MANUFACTURING, Level.LEVEL_3,
				delta.id(), null, java.time.Instant.parse("2029-03-05T02:00:00Z"));
		// The inspections are scheduled by an asynchronous listener of CertificateIssued: moving the clock before
		// they exist lets the deadline job run without ENERGY's closed window, which then never lapses (the
		// certificate stays 有效, 3 valid 三级 instead of 2; seen on PostgreSQL, where the listener is slower).
		for (long certificate : List.of(government, suspended, commerce, energy, manufacturing)) {
			await().atMost(Duration.ofSeconds(20)).until(() -> inspections.ofCertificate(certificate).size() == 2);
		}

		advance(Duration.ofDays(40));
		p = refreshed(p);
		ok(act(p.reviewerToken(), finance, "doc-pass", "{\"opinion\":\"材料齐全\"}"));
		ok(act(p.reviewerToken(), finance, "schedule-onsite",
				"{\"onsiteDate\":\"" + java.time.LocalDate.now(clock).plusDays(3) + "\"}"));
		ok(act(p.reviewerToken(), finance, "onsite-pass", "{\"opinion\":\"现场审核通过\"}"));
		ok(act(p.orgToken(), finance, "org-confirm", "{\"opinion\":\"同意\"}"));
	}

	@Test
	void figuresOfTheSeededSetForTheDefaultRange() throws Exception {
		JsonNode r = ok(mvc.perform(bearer(get("/api/v1/admin/statistics"), token("admin"))));

		assertThat(count(r.get("applicationsByStage"), "SUBMITTED")).isEqualTo(2);
		assertThat(count(r.get("applicationsByStage"), "FINAL_REVIEW")).isEqualTo(2);
		assertThat(count(r.get("applicationsByStage"), "CERTIFIED")).isZero();
		assertThat(label(r.get("applicationsByStage"), "FINAL_REVIEW")).isEqualTo("专家终审中");
		assertThat(r.get("applicationsByStage").size()).isEqualTo(15);
		assertThat(count(r.get("applicationsByIndustry"), "GOVERNMENT")).isEqualTo(1);
		assertThat(count(r.get("applicationsByIndustry"), "COMMERCE")).isEqualTo(1);
		assertThat(count(r.get("applicationsByIndustry"), "DEFENSE")).isZero();
		assertThat(count(r.get("applicationsByRegionGroup"), "JJJ")).isEqualTo(3);
		assertThat(count(r.get("applicationsByRegionGroup"), "YANGTZE_DELTA")).isEqualTo(1);
		assertThat(label(r.get("applicationsByRegionGroup"), "JJJ")).isEqualTo("京津冀");
		// the default range: 12 calendar months up to today (day 40 is 2030-04-19)
		assertThat(r.get("applicationsByMonth").size()).isEqualTo(12);
		assertThat(r.get("from").asText()).isEqualTo("2029-05-01");
		assertThat(count(r.get("applicationsByMonth"), "2030-03")).isEqualTo(4);
		assertThat(count(r.get("applicationsByMonth"), "2030-04")).isZero();
		assertThat(label(r.get("applicationsByMonth"), "2030-03")).isEqualTo("2030年3月");

		JsonNode gov = find(r.get("certificatesByIndustry"), "GOVERNMENT");
		assertThat(gov.get("byStatus").get("VALID").asLong()).isEqualTo(1);
		assertThat(gov.get("total").asLong()).isEqualTo(1);
		JsonNode finance = find(r.get("certificatesByIndustry"), "FINANCE");
		assertThat(finance.get("byStatus").get("SUSPENDED").asLong()).isEqualTo(1);
		assertThat(finance.get("byStatus").get("VALID").asLong()).isZero();
		JsonNode level3 = find(r.get("certificatesByLevel"), "LEVEL_3");
		assertThat(level3.get("byStatus").get("VALID").asLong()).isEqualTo(2);
		assertThat(level3.get("byStatus").get("INVALID").asLong()).isEqualTo(1);
		assertThat(level3.get("total").asLong()).isEqualTo(4);
		assertThat(find(r.get("certificatesByIndustry"), "ENERGY").get("byStatus").get("INVALID").asLong())
			.isEqualTo(1);
		assertThat(level3.get("byStatus").get("SUSPENDED").asLong()).isEqualTo(1);
		assertThat(find(r.get("certificatesByLevel"), "LEVEL_2").get("byStatus").get("VALID").asLong()).isEqualTo(1);
		assertThat(find(r.get("certificatesByLevel"), "LEVEL_1").get("total").asLong()).isZero();

		assertThat(r.get("reviewDeadlineDays").asInt()).isEqualTo(30);
		assertThat(r.get("reviewDurations").size()).isEqualTo(1);
		JsonNode review = r.get("reviewDurations").get(0);
		assertThat(review.get("reviewOrgName").asText()).isEqualTo(p.reviewOrg().name());
		assertThat(review.get("finished").asLong()).isEqualTo(2);
		assertThat(review.get("medianDays").asDouble()).isEqualTo(20.0);
		assertThat(review.get("inTime").asLong()).isEqualTo(1);
		assertThat(review.get("inTimeShare").asDouble()).isEqualTo(0.5);

		assertThat(r.get("inspections").get("month").asText()).isEqualTo("2030-04");
		assertThat(r.get("inspections").get("due").asLong()).isEqualTo(1);
		assertThat(r.get("inspections").get("submitted").asLong()).isZero();
		assertThat(r.get("inspections").get("missed").asLong()).isEqualTo(1);
	}

	@Test
	void aRangeLimitsApplicationsByTheirSubmissionAndReviewsByTheirConfirmation() throws Exception {
		JsonNode march = ok(mvc.perform(
				bearer(get("/api/v1/admin/statistics").param("from", "2030-03-01").param("to", "2030-03-31"),
						token("admin"))));
		assertThat(march.get("applicationsByMonth").size()).isEqualTo(1);
		assertThat(count(march.get("applicationsByStage"), "SUBMITTED")).isEqualTo(2);
		// only GOVERNMENT was confirmed in March, on its day of acceptance
		JsonNode review = march.get("reviewDurations").get(0);
		assertThat(review.get("finished").asLong()).isEqualTo(1);
		assertThat(review.get("medianDays").asDouble()).isEqualTo(0.0);
		assertThat(review.get("inTimeShare").asDouble()).isEqualTo(1.0);

		JsonNode later = ok(mvc.perform(
				bearer(get("/api/v1/admin/statistics").param("from", "2030-04-01"), token("admin"))));
		assertThat(count(later.get("applicationsByStage"), "SUBMITTED")).isZero();
		assertThat(later.get("reviewDurations").get(0).get("medianDays").asDouble()).isEqualTo(40.0);
	}

	@Test
	void aBadRangeIs400NamingTheParameter() throws Exception {
		mvc.perform(bearer(get("/api/v1/admin/statistics").param("from", "2026-12-05").param("to", "2026-12-01"),
				token("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.detail").value("开始日期不能晚于结束日期"));
		mvc.perform(bearer(get("/api/v1/admin/statistics").param("to", "2026-13-01"), token("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(bearer(get("/api/v1/admin/statistics").param("from", "yesterday"), token("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void onlyTheAdminSeesStatistics() throws Exception {
		mvc.perform(bearer(get("/api/v1/admin/statistics"), p.enterpriseToken())).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/admin/statistics"), p.orgToken())).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/admin/statistics"), token(account(Role.EXPERT, null).username())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/admin/statistics")).andExpect(status().isUnauthorized());
	}

	@Test
	void theExcelFileHasOneSheetPerTableAndIsAudited() throws Exception {
		var session = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		long before = exports();
		byte[] xlsx = mvc
			.perform(get("/admin/statistics/export").param("from", "2030-03-01").param("to", "2030-04-30")
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.containsString("filename*=UTF-8''%E6%95%B0%E6%8D%AE%E7%BB%9F%E8%AE%A1-2030-04-19.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> names = workbook.getSheets().map(Sheet::getName).toList();
			assertThat(names).containsExactly("申请按阶段", "申请按行业", "申请按区域组", "申请按月份", "证书状态按行业",
					"证书状态按级别", "评审时长按评审机构", "本月年检");
			List<Row> stages = workbook.getSheets().findFirst().orElseThrow().read();
			assertThat(stages.get(0).getCellText(0)).isEqualTo("阶段");
			assertThat(stages.get(0).getCellText(1)).isEqualTo("申请数");
			assertThat(stages.get(1).getCellText(0)).isEqualTo("已提交，待受理");
			assertThat(stages.get(1).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(2);
			List<Row> reviews = workbook.getSheets().skip(6).findFirst().orElseThrow().read();
			assertThat(StreamSupport.stream(reviews.get(0).spliterator(), false).map(c -> c.getText()).toList())
				.containsExactly("评审机构", "完成数", "中位天数", "按时完成数（≤30天）", "按时完成率");
			assertThat(reviews.get(1).getCellText(4)).isEqualTo("50.0%");
		}
		assertThat(exports()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select detail from audit_log where action = 'statistics.export' order by id desc")
			.query(String.class)
			.list()
			.get(0)).isEqualTo("导出数据统计 2030-03-01 至 2030-04-30");
	}

	@Test
	void thePageShowsEveryTableAndKeepsABadRangeBesideItsField() throws Exception {
		var session = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String html = mvc.perform(get("/admin/statistics").param("from", "2030-03-01").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"applications-stage-table\"", "id=\"inspections-month-chart\"",
				"/admin/statistics/export?from=2030-03-01&amp;to=2030-04-19", "data-report=");
		String bad = mvc.perform(get("/admin/statistics").param("from", "2030-05-01").param("to", "2030-04-01")
				.cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("开始日期不能晚于结束日期", "value=\"2030-05-01\"");
	}

	private long exports() {
		return jdbc.sql("select count(*) from audit_log where action = 'statistics.export'").query(Long.class).single();
	}

	private static JsonNode find(JsonNode groups, String code) {
		for (JsonNode g : groups) {
			if (code.equals(g.get("code").asText())) {
				return g;
			}
		}
		throw new AssertionError("no group " + code + " in " + groups);
	}

	private static long count(JsonNode groups, String code) {
		return find(groups, code).get("count").asLong();
	}

	private static String label(JsonNode groups, String code) {
		return find(groups, code).get("label").asText();
	}
}
