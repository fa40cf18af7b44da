package org.cciais.platform;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.account.AccountAdministration;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.account.NewAccount;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.certificate.Approvals;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.personnel.EngineerManagement;
import org.cciais.platform.personnel.Engineers;
import org.cciais.platform.personnel.NewEngineer;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.ApplicationRows;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every admin and workbench list as an Excel file (issue 11, item 4): the page's 导出 Excel link and the API list
 * asked for {@code .xlsx} hold every row the list's filters keep (page and size ignored), under Chinese headers,
 * codes as labels, times as Excel dates, in a file named after the list; a bad sort is refused before anything is
 * written; each export is in the audit log.
 */
class ListExportTests extends PlatformTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditQueries audit;

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	AccountAdministration administration;

	@Autowired
	EngineerManagement registry;

	@Autowired
	EnterpriseQueries enterprises;

	EnterpriseFixture enterprise;

	String prefix;

	AccountView orgAccount;

	AccountView reviewer;

	AccountView consultant;

	/**
	 * Six applications of one enterprise, names prefix-01 … prefix-06, submitted on 2025-01-01 + (i - 1) days at
	 * 10:00 Beijing time, at one review organisation, all assigned to one reviewer and naming one consulting
	 * organisation: 01–02 已提交, 03–05 文件审核中, 06 专家终审中.
	 */
	@BeforeEach
	void sixApplications() {
		enterprise = enterprise();
		OrganizationView org = reviewOrg("JJJ");
		OrganizationView consulting = consultingOrg("JJJ");
		orgAccount = account(Role.REVIEW_ORG, org.id());
		reviewer = account(Role.REVIEWER, org.id());
		consultant = account(Role.CONSULTANT, consulting.id());
		prefix = unique("导出企业");
		Instant now = clock.instant();
		List<ApplicationRows.Row> rows = new ArrayList<>();
		String[] statuses = { "SUBMITTED", "SUBMITTED", "DOC_REVIEW", "DOC_REVIEW", "DOC_REVIEW", "FINAL_REVIEW" };
		for (int i = 1; i <= 6; i++) {
			rows.add(new ApplicationRows.Row(prefix + "-%02d".formatted(i), statuses[i - 1],
					Instant.parse("2025-01-01T02:00:00Z").plus(Duration.ofDays(i - 1)), now.minus(Duration.ofDays(7 - i)),
					null));
		}
		ApplicationRows.insert(jdbc, enterprise.id(), org.id(), rows);
		jdbc.update("update qualification_applications set reviewer_account_id = ?, consulting_org_id = ? "
				+ "where enterprise_id = ?", reviewer.id(), consulting.id(), enterprise.id());
	}

	@AfterEach
	void removeThem() {
		ApplicationRows.delete(jdbc, enterprise.id());
	}

	/** The answer of an export request: 200, the .xlsx type, the file's rows (header first). */
	private Export export(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo(XLSX);
		String disposition = URLDecoder.decode(response.getHeader("Content-Disposition"), StandardCharsets.UTF_8);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			return new Export(disposition, workbook.getFirstSheet().read());
		}
	}

	record Export(String disposition, List<Row> rows) {

		List<String> headers() {
			List<String> headers = new ArrayList<>();
			rows.get(0).forEach(c -> headers.add(c == null ? null : c.getText()));
			return headers;
		}

		String cell(int row, String header) {
			return rows.get(row).getCellText(headers().indexOf(header));
		}

		LocalDateTime date(int row, String header) {
			return rows.get(row).getCellAsDate(headers().indexOf(header)).orElseThrow();
		}
	}

	private static MockHttpServletRequestBuilder api(String path, String token) {
		return get(path).header("Authorization", "Bearer " + token).header("Accept", XLSX);
	}

	@Test
	void adminApplicationsExportEveryFilteredApplicationInThePageSort() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String html = mvc.perform(get("/admin/applications").cookie(admin).param("q", prefix).param("status", "DOC_REVIEW"))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("导出 Excel", "status=DOC_REVIEW&amp;export=xlsx");

		Export file = export(get("/admin/applications").cookie(admin).param("q", prefix).param("status", "DOC_REVIEW")
			.param("sort", "enterpriseName,asc").param("size", "20").param("page", "1").param("export", "xlsx"));
		assertThat(file.disposition()).contains("attachment", "资质申请-", ".xlsx");
		assertThat(file.rows()).hasSize(1 + 3);
		assertThat(file.headers()).startsWith("编号", "申请企业", "统一社会信用代码", "区域", "行业", "等级", "申请类型", "状态",
				"评审机构", "咨询机构", "评审员", "提交时间");
		assertThat(file.cell(1, "申请企业")).isEqualTo(prefix + "-03");
		assertThat(file.cell(3, "申请企业")).isEqualTo(prefix + "-05");
		assertThat(file.cell(1, "状态")).isEqualTo("文件审核中");
		assertThat(file.cell(1, "行业")).isEqualTo("政府");
		assertThat(file.cell(1, "申请类型")).isEqualTo("初次申请");
		assertThat(file.date(1, "提交时间")).isEqualTo(LocalDateTime.of(2025, 1, 3, 10, 0));

		var exported = audit.search("admin", "list.export", "list", "applications", 1).get(0);
		assertThat(exported.detail()).contains("资质申请", "q=" + prefix, "status=DOC_REVIEW", "enterpriseName,asc",
				"共 3 行");

		Export all = export(api("/api/v1/review/applications", token("admin")).param("q", prefix).param("size", "1"));
		assertThat(all.rows()).hasSize(1 + 6);
		assertThat(all.cell(1, "申请企业")).as("the last changed first").isEqualTo(prefix + "-06");
	}

	@Test
	void exportsMoreRowsThanOneChunkEachOnce() throws Exception {
		String many = unique("千行企业");
		Instant now = clock.instant();
		List<ApplicationRows.Row> rows = new ArrayList<>();
		for (int i = 1; i <= 1205; i++) {
			rows.add(new ApplicationRows.Row(many + "-%04d".formatted(i), "DOC_REVIEW", now, now, null));
		}
		ApplicationRows.insert(jdbc, enterprise.id(), orgAccount.organizationId(), rows);
		Export file = export(api("/api/v1/review/applications", token("admin")).param("q", many)
			.param("sort", "enterpriseName,desc"));
		assertThat(file.rows()).hasSize(1 + 1205);
		List<String> names = file.rows().subList(1, file.rows().size()).stream().map(r -> r.getCellText(1)).toList();
		assertThat(names).doesNotHaveDuplicates().startsWith(many + "-1205").endsWith(many + "-0001");
		assertThat(names.get(1000)).isEqualTo(many + "-0205");
	}

	@Test
	void workbenchesExportTheShownTab() throws Exception {
		Cookie org = PageSessions.login(mvc, orgAccount.username(), PASSWORD);
		String html = mvc.perform(get("/review-org/applications").cookie(org).param("tab", "reviewing"))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("导出 Excel", "tab=reviewing&amp;export=xlsx");
		Export incoming = export(get("/review-org/applications").cookie(org).param("tab", "incoming")
			.param("sort", "submittedAt,asc").param("export", "xlsx"));
		assertThat(incoming.disposition()).contains("资质申请评审-");
		assertThat(incoming.rows()).hasSize(1 + 2);
		assertThat(incoming.cell(1, "申请企业")).isEqualTo(prefix + "-01");
		assertThat(incoming.cell(1, "状态")).isEqualTo("已提交，待受理");
		assertThat(export(get("/review-org/applications").cookie(org).param("tab", "all").param("export", "xlsx"))
			.rows()).hasSize(1 + 6);
		assertThat(export(api("/api/v1/review/applications", token(orgAccount.username())).param("status",
				"DOC_REVIEW")).rows()).hasSize(1 + 3);

		Cookie person = PageSessions.login(mvc, reviewer.username(), PASSWORD);
		Export doc = export(get("/reviewer/applications").cookie(person).param("tab", "doc").param("export", "xlsx"));
		assertThat(doc.disposition()).contains("评审任务-");
		assertThat(doc.rows()).hasSize(1 + 3);
		assertThat(doc.cell(1, "评审员")).isEqualTo(reviewer.displayName());

		Cookie consulting = PageSessions.login(mvc, consultant.username(), PASSWORD);
		Export open = export(get("/consultant/applications").cookie(consulting).param("tab", "open")
			.param("sort", "id,asc").param("export", "xlsx"));
		assertThat(open.disposition()).contains("咨询企业申请-");
		assertThat(open.rows()).hasSize(1 + 6);
		assertThat(open.cell(6, "申请企业")).isEqualTo(prefix + "-06");
		assertThat(open.cell(1, "统一社会信用代码")).as("registration data is not the consultant's to see").isEmpty();

		// the expert's 待终审 is every case at the final review, of every enterprise: the file holds the page's total
		AccountView expert = account(Role.EXPERT, null);
		Cookie experts = PageSessions.login(mvc, expert.username(), PASSWORD);
		String total = mvc.perform(get("/api/v1/review/applications").header("Authorization",
				"Bearer " + token(expert.username())).param("status", "FINAL_REVIEW").param("size", "1"))
			.andReturn().getResponse().getHeader("X-Total-Count");
		Export finals = export(get("/expert/applications").cookie(experts).param("tab", "final").param("export", "xlsx"));
		assertThat(finals.disposition()).contains("专家终审-");
		assertThat(finals.rows()).hasSize(1 + Integer.parseInt(total));
		assertThat(finals.rows()).anySatisfy(r -> assertThat(r.getCellText(1)).isEqualTo(prefix + "-06"));
	}

	@Test
	void adminCertificatesExportTheSearchedCertificates() throws Exception {
		Instant approved = clock.instant();
		for (Industry industry : List.of(Industry.GOVERNMENT, Industry.FINANCE)) {
			Approvals.certify(issuance, enterprise.id(), industry, Level.LEVEL_3, orgAccount.organizationId(), null,
					approved);
		}
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String html = mvc.perform(get("/admin/certificates").cookie(admin).param("q", enterprise.name()))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("导出 Excel", "export=xlsx");
		Export file = export(get("/admin/certificates").cookie(admin).param("q", enterprise.name())
			.param("sort", "industry,asc").param("export", "xlsx"));
		assertThat(file.disposition()).contains("证书-");
		assertThat(file.rows()).hasSize(1 + 2);
		assertThat(file.headers()).startsWith("证书编号", "企业名称", "统一社会信用代码", "行业", "等级", "状态", "状态说明", "发证日期",
				"有效期至");
		assertThat(file.cell(1, "行业")).isEqualTo("金融");
		assertThat(file.cell(2, "行业")).isEqualTo("政府");
		assertThat(file.cell(1, "企业名称")).isEqualTo(enterprise.name());
		assertThat(file.cell(1, "状态")).isEqualTo("有效");
		assertThat(file.date(1, "有效期至").getYear() - file.date(1, "发证日期").getYear()).isEqualTo(3);
		Export english = export(get("/admin/certificates").cookie(admin).param("q", enterprise.name())
			.param("sort", "industry,asc").param("export", "xlsx").param("lang", "en"));
		assertThat(english.cell(1, "Industry")).isEqualTo("Finance");
		assertThat(english.cell(1, "Level")).isEqualTo("Level 3");
		assertThat(english.cell(1, "Status")).isEqualTo("Valid");

		Export api = export(api("/api/v1/admin/certificates", token("admin")).param("q", enterprise.name())
			.param("status", "VALID").param("size", "1"));
		assertThat(api.rows()).hasSize(1 + 2);
		assertThat(export(api("/api/v1/admin/certificates", token("admin")).param("q", enterprise.name())
			.param("status", "SUSPENDED")).rows()).as("the header alone").hasSize(1);
	}

	@Test
	void adminAccountsAndOrganisationsExportTheirLists() throws Exception {
		String tag = unique("exp");
		for (String suffix : List.of("a", "b", "c")) {
			accounts.create(new NewAccount(tag + suffix, PASSWORD, Role.REVIEWER, "导出评审员" + suffix,
					tag + suffix + "@example.com", null, orgAccount.organizationId()), admin());
		}
		administration.disable(tag + "b", admin());
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		String html = mvc.perform(get("/admin/accounts").cookie(admin).param("q", tag)).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("导出 Excel", "q=" + tag + "&amp;export=xlsx");
		Export file = export(get("/admin/accounts").cookie(admin).param("q", tag).param("role", "REVIEWER")
			.param("sort", "username,desc").param("export", "xlsx"));
		assertThat(file.disposition()).contains("账号-");
		assertThat(file.rows()).hasSize(1 + 3);
		assertThat(file.headers()).containsExactly("登录名", "姓名 / 名称", "角色", "所属机构", "电话", "电子邮箱", "状态", "锁定至",
				"创建时间");
		assertThat(file.cell(1, "登录名")).isEqualTo(tag + "c");
		assertThat(file.cell(1, "角色")).isEqualTo("评审员");
		assertThat(file.cell(1, "状态")).isEqualTo("正常");
		assertThat(file.cell(2, "状态")).isEqualTo("已停用");
		assertThat(file.cell(1, "所属机构")).isEqualTo(organizations.find(orgAccount.organizationId()).orElseThrow().name());
		assertThat(file.date(1, "创建时间").getYear()).isGreaterThan(2000);
		assertThat(export(get("/admin/accounts").cookie(admin).param("q", tag).param("status", "DISABLED")
			.param("export", "xlsx")).rows()).hasSize(1 + 1);
		assertThat(audit.search("admin", "list.export", "list", "accounts", 1).get(0).detail())
			.contains("q=" + tag, "status=DISABLED", "共 1 行");

		String token = token("admin");
		Export reviewers = export(api("/api/v1/admin/accounts", token).param("role", "REVIEWER").param("size", "1"));
		assertThat(reviewers.rows()).hasSize(1 + Integer.parseInt(total("/api/v1/admin/accounts?role=REVIEWER", token)));
		assertThat(reviewers.rows()).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo(tag + "a"));

		// 机构管理 has no filter: every organisation, the one of the setup among them
		Export orgs = export(get("/admin/organizations").cookie(admin).param("sort", "id,desc").param("export", "xlsx"));
		assertThat(orgs.disposition()).contains("机构-");
		assertThat(orgs.headers()).containsExactly("编号", "机构名称", "类型", "授权区域", "账号数");
		assertThat(orgs.rows()).hasSize(1 + Integer.parseInt(total("/api/v1/admin/organizations", token)));
		Row mine = orgs.rows().stream().filter(r -> r.getCellText(0).equals(String.valueOf(orgAccount.organizationId())))
			.findFirst().orElseThrow();
		assertThat(mine.getCellText(2)).isEqualTo("评审机构");
		assertThat(mine.getCellText(3)).isEqualTo("京津冀");
		assertThat(mine.getCellText(4)).as("the org's account, the reviewer and the three above").isEqualTo("5");
		Export consulting = export(api("/api/v1/admin/organizations", token).param("type", "CONSULTING"));
		assertThat(consulting.rows()).hasSize(1 + Integer.parseInt(total("/api/v1/admin/organizations?type=CONSULTING",
				token)));
		assertThat(consulting.rows().subList(1, consulting.rows().size()))
			.allSatisfy(r -> assertThat(r.getCellText(2)).isEqualTo("咨询机构"));
	}

	@Test
	void engineersExportWithTheIdNumberMasked() throws Exception {
		String tag = unique("导出工程师");
		String first = Engineers.idNumber();
		String second = Engineers.idNumber();
		String creditCode = enterprises.get(enterprise.id()).creditCode();
		registry.register(new NewEngineer(first, tag + "甲", Engineers.certificateNumber(), creditCode, true), admin());
		registry.register(new NewEngineer(second, tag + "乙", Engineers.certificateNumber(), creditCode, false), admin());
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		assertThat(mvc.perform(get("/admin/engineers").cookie(admin)).andReturn().getResponse().getContentAsString())
			.contains("导出 Excel", "/admin/engineers?export=xlsx");

		Export file = export(get("/admin/engineers").cookie(admin).param("q", tag).param("sort", "id,asc")
			.param("export", "xlsx"));
		assertThat(file.disposition()).contains("工程师-");
		assertThat(file.rows()).hasSize(1 + 2);
		assertThat(file.headers()).containsExactly("编号", "姓名", "身份证号（脱敏）", "证书编号", "推荐单位统一社会信用代码", "岗位能力证书",
				"绑定单位", "绑定日期");
		assertThat(file.cell(1, "姓名")).isEqualTo(tag + "甲");
		assertThat(file.cell(1, "身份证号（脱敏）")).isEqualTo(first.substring(0, 6) + "********" + first.substring(14));
		assertThat(file.cell(1, "岗位能力证书")).isEqualTo("持有");
		assertThat(file.cell(2, "岗位能力证书")).isEqualTo("无");
		assertThat(file.cell(1, "推荐单位统一社会信用代码")).isEqualTo(creditCode);
		assertThat(file.rows()).allSatisfy(r -> r.forEach(c -> assertThat(c == null ? "" : c.getText())
			.doesNotContain(first, second)));

		// the answer of a search by a full 身份证号 (POSTed) exports by POST again: the number never in a link
		String answer = mvc.perform(post("/admin/engineers/search").cookie(admin).param("q", second).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("id=\"export-search\"").doesNotContain("export=xlsx\"");
		Export byId = export(post("/admin/engineers/search").cookie(admin).param("q", second).param("export", "xlsx")
			.with(csrf()));
		assertThat(byId.rows()).hasSize(1 + 1);
		assertThat(byId.cell(1, "姓名")).isEqualTo(tag + "乙");
		assertThat(audit.search("admin", "list.export", "list", "engineers", 1).get(0).detail())
			.contains("工程师", "共 1 行").doesNotContain(second);

		String token = token("admin");
		assertThat(export(api("/api/v1/admin/engineers", token).param("q", tag).param("size", "1")).rows())
			.hasSize(1 + 2);
		assertThat(mvc.perform(api("/api/v1/admin/engineers", token).param("q", first)).andReturn().getResponse()
			.getStatus()).as("a 身份证号 in the URL").isEqualTo(400);
		assertThat(export(api("/api/v1/admin/engineers/search", token).with(r -> {
			r.setMethod("POST");
			return r;
		}).contentType("application/json").content("{\"q\":\"" + first + "\"}")).rows()).hasSize(1 + 1);
	}

	/** The X-Total-Count of a JSON list. */
	private String total(String path, String token) throws Exception {
		return mvc.perform(get(path).header("Authorization", "Bearer " + token).param("size", "1")).andReturn()
			.getResponse().getHeader("X-Total-Count");
	}

	@Test
	void refusesABadSortBeforeWritingAnything() throws Exception {
		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		for (MockHttpServletRequestBuilder request : List.of(
				get("/admin/applications").cookie(admin).param("sort", "nonsense").param("export", "xlsx"),
				api("/api/v1/review/applications", token("admin")).param("sort", "nonsense,asc"),
				get("/admin/certificates").cookie(admin).param("sort", "nonsense").param("export", "xlsx"),
				api("/api/v1/admin/certificates", token("admin")).param("sort", "nonsense,asc"),
				get("/admin/accounts").cookie(admin).param("sort", "nonsense").param("export", "xlsx"),
				api("/api/v1/admin/accounts", token("admin")).param("sort", "nonsense,asc"),
				get("/admin/organizations").cookie(admin).param("sort", "nonsense").param("export", "xlsx"),
				api("/api/v1/admin/organizations", token("admin")).param("sort", "nonsense,asc"),
				get("/admin/engineers").cookie(admin).param("sort", "nonsense").param("export", "xlsx"),
				api("/api/v1/admin/engineers", token("admin")).param("sort", "nonsense,asc"))) {
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(response.getContentType()).doesNotContain("spreadsheetml");
			assertThat(response.getHeader("Content-Disposition")).isNull();
		}
	}
}
