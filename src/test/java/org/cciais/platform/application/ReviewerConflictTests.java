package org.cciais.platform.application;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 评审员管理 through the API and pages: a conflicted or inactive reviewer cannot be assigned (409 naming the rule,
 * nothing changes), a related consulting organisation cannot be chosen with the review organisation, another
 * organisation's reviewer answers 404, every change is audited and the open cases are counted.
 */
class ReviewerConflictTests extends ApplicationTestSupport {

	@Autowired
	EnterpriseQueries enterprises;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditQueries audit;

	/** Submitted, accepted, materials submitted: waiting for a reviewer. */
	private long awaitingReviewer(Parties p, String industry) throws Exception {
		long id = applied(p, industry);
		ok(act(p.orgToken(), id, "accept"));
		uploadAll(p.enterpriseToken(), id);
		ok(act(p.enterpriseToken(), id, "submit-materials"));
		return id;
	}

	private String creditCodeOf(Parties p) {
		return enterprises.get(p.enterprise().id()).creditCode();
	}

	private long audits(String action, String objectId) {
		return jdbc.queryForObject("select count(*) from audit_log where action = ? and object_id = ?", Long.class,
				action, objectId);
	}

	@Test
	void aReviewerWithADeclaredConflictCannotBeAssignedAndNothingChanges() throws Exception {
		Parties p = parties();
		long id = awaitingReviewer(p, "FINANCE");
		String before = stateOf(view(p.orgToken(), id));
		mvc.perform(bearer(post("/api/v1/review-org/reviewers/" + p.reviewer().username() + "/conflicts"), p.orgToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"creditCode\":\"" + creditCodeOf(p) + "\",\"kind\":\"EMPLOYMENT\",\"note\":\"曾在该企业任职\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("EMPLOYMENT"));
		assertThat(audits("reviewer.conflict.declare", p.reviewer().username())).isEqualTo(1);

		act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("该评审员已申报与本案企业存在利益冲突，按回避规则不能指派"));
		JsonNode after = view(p.orgToken(), id);
		assertThat(stateOf(after)).isEqualTo(before);
		assertThat(after.path("reviewer").isNull() || after.path("reviewer").isMissingNode()).isTrue();

		// an unrelated reviewer of the same organisation may be assigned, and the load shows one open case
		AccountView other = account(Role.REVIEWER, p.reviewOrg().id());
		ok(act(p.orgToken(), id, "assign-reviewer", "{\"reviewerId\":" + other.id() + "}"));
		mvc.perform(bearer(get("/api/v1/review-org/reviewers/" + other.username()), p.orgToken()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openCases").value(1))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(bearer(get("/api/v1/review-org/reviewers/" + p.reviewer().username()), p.orgToken()))
			.andExpect(jsonPath("$.openCases").value(0))
			.andExpect(jsonPath("$.conflicts[0].creditCode").value(creditCodeOf(p)));
	}

	@Test
	void theAuditLogRecordsTheChangesInChineseWhateverTheOrganisationsLanguage() throws Exception {
		Parties p = parties();
		String path = "/api/v1/review-org/reviewers/" + p.reviewer().username();
		mvc.perform(bearer(put(path), p.orgToken()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fields\":[\"FINANCE\",\"GOVERNMENT\"],\"status\":\"ACTIVE\"}"))
			.andExpect(status().isOk());
		String conflict = mvc.perform(bearer(post(path + "/conflicts"), p.orgToken()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"creditCode\":\"" + creditCodeOf(p) + "\",\"kind\":\"FAMILY\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		mvc.perform(bearer(delete(path + "/conflicts/" + read(conflict).get("id").asLong()), p.orgToken())
			.header("Accept-Language", "en")).andExpect(status().is2xxSuccessful());

		assertThat(audit.forObject("reviewer", p.reviewer().username()))
			.extracting(AuditQueries.Entry::action, AuditQueries.Entry::detail)
			.contains(tuple("reviewer.update", "评审员档案：状态 在岗，专业领域 政府、金融，资格 （无）"),
					tuple("reviewer.conflict.declare", "申报利益冲突：" + creditCodeOf(p) + "（亲属）"),
					tuple("reviewer.conflict.withdraw", "撤销利益冲突：" + creditCodeOf(p) + "（亲属）"));
	}

	@Test
	void anInactiveReviewerCannotBeAssigned() throws Exception {
		Parties p = parties();
		long id = awaitingReviewer(p, "FINANCE");
		mvc.perform(bearer(put("/api/v1/review-org/reviewers/" + p.reviewer().username()), p.orgToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"qualification\":\"ISO 27001 审核员\",\"fields\":[\"TELECOM\",\"FINANCE\"],\"status\":\"INACTIVE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INACTIVE"))
			.andExpect(jsonPath("$.qualification").value("ISO 27001 审核员"));
		assertThat(audits("reviewer.update", p.reviewer().username())).isEqualTo(1);
		act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该评审员已停用，不能指派（评审员状态须为在岗）"));
		JsonNode after = view(p.orgToken(), id);
		assertThat(after.path("reviewer").isNull() || after.path("reviewer").isMissingNode()).isTrue();
	}

	@Test
	void anotherOrganisationsReviewerAnswers404() throws Exception {
		Parties p = parties();
		OrganizationView otherOrg = reviewOrg("JJJ");
		String otherToken = token(account(Role.REVIEW_ORG, otherOrg.id()).username());
		String path = "/api/v1/review-org/reviewers/" + p.reviewer().username();
		mvc.perform(bearer(get(path), otherToken)).andExpect(status().isNotFound());
		mvc.perform(bearer(put(path), otherToken).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"INACTIVE\"}")).andExpect(status().isNotFound());
		mvc.perform(bearer(post(path + "/conflicts"), otherToken).contentType(MediaType.APPLICATION_JSON)
			.content("{\"creditCode\":\"" + creditCodeOf(p) + "\",\"kind\":\"FAMILY\"}")).andExpect(status().isNotFound());
		mvc.perform(bearer(get(path), p.orgToken()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.conflicts.length()").value(0));
		// the reviewer may declare their own conflicts, not another reviewer's
		mvc.perform(bearer(get(path + "/conflicts"), p.reviewerToken())).andExpect(status().isOk());
		AccountView colleague = account(Role.REVIEWER, p.reviewOrg().id());
		mvc.perform(bearer(get("/api/v1/review-org/reviewers/" + colleague.username() + "/conflicts"),
				p.reviewerToken()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRelatedConsultingOrganisationCannotBeChosenWithTheReviewOrganisation() throws Exception {
		Parties p = parties();
		mvc.perform(bearer(post("/api/v1/review-org/relationships"), p.orgToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"consultingOrgId\":" + p.consultingOrg().id() + ",\"note\":\"同一集团\"}"))
			.andExpect(status().isCreated());
		assertThat(audits("organization.relationship.declare", String.valueOf(p.reviewOrg().id()))).isEqualTo(1);
		apply(p, "FINANCE").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("所选评审机构已申报与该咨询机构存在关联关系，按回避规则不能同时选择，请另选其一"));
		assertThat(jdbc.queryForObject("select count(*) from qualification_applications where enterprise_id = ?", Long.class,
				p.enterprise().id())).isZero();
		mvc.perform(bearer(delete("/api/v1/review-org/relationships/" + p.consultingOrg().id()), p.orgToken()))
			.andExpect(status().isNoContent());
		apply(p, "FINANCE").andExpect(status().isCreated());
	}

	@Test
	void theReviewerPageShowsTheLoadAndABadCreditCodeBesideTheForm() throws Exception {
		Parties p = parties();
		long id = awaitingReviewer(p, "FINANCE");
		ok(act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)));
		RequestPostProcessor org = as(p.orgAccount().username());
		mvc.perform(get("/review-org/reviewers").with(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(p.reviewer().username())))
			.andExpect(content().string(containsString("在办案件")))
			.andExpect(content().string(containsString("评审员管理")));
		String detail = "/review-org/reviewers/" + p.reviewer().username();
		mvc.perform(post(detail + "/conflicts").param("creditCode", "123").param("kind", "FAMILY").with(org).with(csrf()))
			.andExpect(redirectedUrl(detail))
			.andExpect(flash().attribute("error_conflict", "统一社会信用代码应为 18 位，且校验位正确（GB 32100）"));
		assertThat(jdbc.queryForObject("select count(*) from reviewer_conflicts where account_id = ?", Long.class,
				p.reviewer().id())).isZero();
		mvc.perform(get(detail).with(org).flashAttr("error_conflict", "统一社会信用代码应为 18 位，且校验位正确（GB 32100）"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"conflict-error\"")));
		// another organisation's reviewer page answers 404
		OrganizationView otherOrg = reviewOrg("JJJ");
		RequestPostProcessor other = as(account(Role.REVIEW_ORG, otherOrg.id()).username());
		mvc.perform(get(detail).with(other)).andExpect(status().isNotFound());
	}

	@Test
	void theReviewerDeclaresAndWithdrawsTheirOwnConflictAndTheOrganisationCanThenNotAssignThem() throws Exception {
		Parties p = parties();
		long id = awaitingReviewer(p, "FINANCE");
		RequestPostProcessor reviewer = as(p.reviewer().username());
		mvc.perform(get("/reviewer/conflicts").with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚未申报利益冲突。")))
			.andExpect(content().string(containsString("该企业的案件不能指派给您。")));

		mvc.perform(post("/reviewer/conflicts").param("creditCode", "123").param("kind", "FAMILY").with(reviewer)
				.with(csrf()))
			.andExpect(redirectedUrl("/reviewer/conflicts"))
			.andExpect(flash().attribute("error_conflict", "统一社会信用代码应为 18 位，且校验位正确（GB 32100）"));
		mvc.perform(get("/reviewer/conflicts").with(reviewer)).andExpect(status().isOk()); // as a browser follows it

		mvc.perform(post("/reviewer/conflicts").param("creditCode", creditCodeOf(p)).param("kind", "FAMILY")
				.param("note", "配偶在该企业任职").with(reviewer).with(csrf()))
			.andExpect(redirectedUrl("/reviewer/conflicts"))
			.andExpect(flash().attribute("success", "利益冲突已申报。"));
		String page = mvc.perform(get("/reviewer/conflicts").with(reviewer)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(creditCodeOf(p), "亲属", "配偶在该企业任职");
		assertThat(audits("reviewer.conflict.declare", p.reviewer().username())).isEqualTo(1);
		act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该评审员已申报与本案企业存在利益冲突，按回避规则不能指派"));

		long conflict = jdbc.queryForObject("select id from reviewer_conflicts where account_id = ?", Long.class,
				p.reviewer().id());
		mvc.perform(post("/reviewer/conflicts/{c}/delete", conflict).with(reviewer).with(csrf()))
			.andExpect(redirectedUrl("/reviewer/conflicts"))
			.andExpect(flash().attribute("success", "利益冲突已撤销。"));
		assertThat(audits("reviewer.conflict.withdraw", p.reviewer().username())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from reviewer_conflicts where account_id = ?", Long.class,
				p.reviewer().id())).isZero();
		mvc.perform(get("/reviewer/conflicts").with(as(p.orgAccount().username()))).andExpect(status().isForbidden());
	}

	/** Logs in through the real login form and carries its session cookie. */
	private RequestPostProcessor as(String username) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/portal"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		return request -> {
			request.setCookies(session);
			return request;
		};
	}
}
