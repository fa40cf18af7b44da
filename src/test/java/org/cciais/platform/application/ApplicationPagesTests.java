package org.cciais.platform.application;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.Html;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages of every role: they render, their buttons follow the table, and refusals are Chinese messages. */
class ApplicationPagesTests extends ApplicationTestSupport {

	@Test
	void enterpriseAppliesThroughTheIndustryTableAndTheForm() throws Exception {
		Parties p = parties();
		OrganizationView south = reviewOrg("SOUTH");
		RequestPostProcessor ent = as(p.enterprise().principal());
		mvc.perform(get("/enterprise/applications").with(ent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公共服务")))
			.andExpect(content().string(containsString("暂无等级")))
			.andExpect(content().string(containsString("服务范围：<span data-user>J金融业</span>")));
		mvc.perform(get("/enterprise/applications/new").param("industry", "FINANCE").with(ent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(p.reviewOrg().name())))
			.andExpect(content().string(containsString(p.consultingOrg().name())))
			.andExpect(content().string(not(containsString(south.name()))))
			.andExpect(content().string(containsString("三级")));

		mvc.perform(post("/enterprise/applications").param("industry", "FINANCE").with(ent).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("请选择评审机构")));

		String location = mvc.perform(post("/enterprise/applications").param("industry", "FINANCE")
			.param("reviewOrgId", String.valueOf(p.reviewOrg().id()))
			.param("consultingOrgId", String.valueOf(p.consultingOrg().id()))
			.with(ent)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString("金融行业三级资质申请")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/enterprise/progress/");
		mvc.perform(get(location).with(ent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("等待评审机构受理")))
			.andExpect(content().string(containsString("取消申请")))
			.andExpect(content().string(not(containsString("修改申请信息"))));
		mvc.perform(get("/enterprise/applications").with(ent)).andExpect(content().string(containsString("申请中")));
		mvc.perform(get("/enterprise/applications/new").param("industry", "FINANCE").with(ent))
			.andExpect(redirectedUrl("/enterprise/applications"))
			.andExpect(flash().attribute("failure", containsString("申请中")));
		mvc.perform(get("/enterprise/progress").with(ent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已提交，待受理")));
	}

	@Test
	void theReviewOrganisationsWorkbenchAndRefusalsReadInEnglishWithLangEn() throws Exception {
		Parties p = parties();
		long id = applied(p, "GOVERNMENT");
		RequestPostProcessor org = as(principal(p.orgAccount()));
		mvc.perform(get("/review-org/applications").param("lang", "en").with(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Application review")))
			.andExpect(content().string(containsString("To accept")))
			.andExpect(content().string(containsString("Submitted, awaiting acceptance")));

		mvc.perform(action(id, "return").param("lang", "en").with(org))
			.andExpect(flash().attribute("failure", "“Return for changes” needs an opinion"));
		mvc.perform(action(id, "accept").param("lang", "en").with(org))
			.andExpect(flash().attribute("success", "Done: Accept."));
		mvc.perform(action(id, "accept").param("lang", "en").with(org))
			.andExpect(flash().attribute("failure",
					"“Accept” is not possible in the current state (Accepted, awaiting materials)."));
	}

	@Test
	void reviewOrganisationWorksThroughItsWorkbenchAndRefusalsAreMessages() throws Exception {
		Parties p = parties();
		long id = applied(p, "GOVERNMENT");
		RequestPostProcessor org = as(principal(p.orgAccount()));
		mvc.perform(get("/review-org/applications").with(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待受理")))
			.andExpect(content().string(containsString(p.enterprise().name())));
		mvc.perform(get("/review-org/applications/" + id).with(org))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("受理审核意见")))
			.andExpect(content().string(not(containsString("指派评审员"))));

		mvc.perform(action(id, "return").with(org))
			.andExpect(redirectedUrl("/review-org/applications/" + id))
			.andExpect(flash().attribute("failure", containsString("需要填写意见")));
		mvc.perform(action(id, "accept").with(org))
			.andExpect(flash().attribute("success", containsString("受理")));
		mvc.perform(action(id, "accept").with(org))
			.andExpect(flash().attribute("failure", containsString("不能执行“受理”")));
		mvc.perform(get("/review-org/applications/" + id).with(org))
			.andExpect(content().string(containsString("指派评审员")))
			.andExpect(content().string(containsString(p.reviewer().username())));
		mvc.perform(action(id, "assign-reviewer").param("reviewerId", String.valueOf(p.reviewer().id())).with(org))
			.andExpect(flash().attribute("success", containsString("指派评审员")));
		mvc.perform(get("/review-org/applications").param("tab", "reviewing").with(org))
			.andExpect(content().string(containsString(p.enterprise().name())));

		// another organisation's account: an unknown case
		AccountView stranger = account(Role.REVIEW_ORG, reviewOrg("JJJ").id());
		mvc.perform(get("/review-org/applications/" + id).with(as(principal(stranger))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到")));
		mvc.perform(get("/enterprise/progress/" + id).with(as(enterprise().principal())))
			.andExpect(status().isNotFound());
	}

	@Test
	void enterpriseUploadsMaterialsOnThePageAndSeesWhyAFileIsRefused() throws Exception {
		Parties p = parties();
		long id = applied(p, "TELECOM");
		ok(act(p.orgToken(), id, "accept"));
		RequestPostProcessor ent = as(p.enterprise().principal());
		mvc.perform(get("/enterprise/progress/" + id).with(ent))
			.andExpect(content().string(containsString("请在受理后 7 天内上传并提交申请材料")))
			.andExpect(content().string(containsString("剩余 6 天 23 小时")));
		mvc.perform(get("/enterprise/progress/" + id + "/materials").with(ent))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("（十八）")))
			.andExpect(content().string(containsString("还有 17 项必需材料未上传")));
		mvc.perform(uploadPage(id, "M01", new MockMultipartFile("file", "a.pdf", "application/pdf",
				"not a pdf".getBytes())).with(ent))
			.andExpect(redirectedUrl("/enterprise/progress/" + id + "/materials#item-M01"))
			.andExpect(flash().attribute("failure", containsString("PDF")));
		mvc.perform(uploadPage(id, "M01", pdfPart("file")).with(ent))
			.andExpect(flash().attribute("success", containsString("（一）")));
		mvc.perform(uploadPage(id, "M01", pdfPart("file")).param("lang", "en").with(ent))
			.andExpect(flash().attribute("success", startsWith("(1) ")));
		mvc.perform(post("/enterprise/progress/" + id + "/materials/submit").with(ent).with(csrf()))
			.andExpect(redirectedUrl("/enterprise/progress/" + id + "/materials"))
			.andExpect(flash().attribute("failure", containsString("以下必需的申请材料尚未上传")));
		mvc.perform(post("/enterprise/progress/" + id + "/materials/draft").with(ent).with(csrf()))
			.andExpect(flash().attribute("success", containsString("已暂存")));
		uploadAll(p.enterpriseToken(), id);
		mvc.perform(post("/enterprise/progress/" + id + "/materials/submit").with(ent).with(csrf()))
			.andExpect(redirectedUrl("/enterprise/progress/" + id))
			.andExpect(flash().attribute("success", containsString("申请材料已提交")));
		mvc.perform(get("/enterprise/progress/" + id + "/materials").with(ent))
			.andExpect(redirectedUrl("/enterprise/progress/" + id));
	}

	@Test
	void reviewerExpertConsultantAndAdminPagesFollowTheTable() throws Exception {
		Parties p = parties();
		long id = inDocReview(p, "ENERGY");
		RequestPostProcessor reviewer = as(principal(p.reviewer()));
		mvc.perform(get("/reviewer/applications").with(reviewer))
			.andExpect(content().string(containsString(p.enterprise().name())));
		mvc.perform(get("/reviewer/applications/" + id).with(reviewer))
			.andExpect(content().string(containsString("文件审核结论")))
			.andExpect(content().string(containsString("提出终止申请")));
		mvc.perform(multipart("/workflow/applications/" + id + "/actions").file(new MockMultipartFile("report",
				"报告.pdf", "application/pdf", pdf())).param("action", "doc-fail").param("opinion", "缺少审计报告")
			.with(reviewer)
			.with(csrf()))
			.andExpect(flash().attribute("success", containsString("文件审核不通过")));
		RequestPostProcessor ent = as(p.enterprise().principal());
		mvc.perform(get("/enterprise/progress/" + id).with(ent))
			.andExpect(content().string(containsString("缺少审计报告")))
			.andExpect(content().string(containsString("查看评审报告")))
			.andExpect(content().string(containsString("文审整改：上传整改文件")));
		mvc.perform(multipart("/enterprise/progress/" + id + "/rectifications").file(rarPart("file"))
			.with(ent)
			.with(csrf())).andExpect(flash().attribute("success", containsString("整改文件已上传")));

		long finalCase = inFinalReview(p, "MANUFACTURING");
		RequestPostProcessor expert = as(principal(p.expert()));
		mvc.perform(get("/expert/applications").with(expert))
			.andExpect(content().string(containsString(p.enterprise().name())));
		mvc.perform(get("/expert/applications/" + finalCase).with(expert))
			.andExpect(content().string(containsString("终审通过（颁发证书）")));
		mvc.perform(get("/consultant/applications/" + finalCase).with(as(principal(p.consultant()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("可执行的操作"))));
		PlatformPrincipal admin = admin();
		mvc.perform(get("/admin/applications").param("industry", "MANUFACTURING").param("status", "FINAL_REVIEW")
			.with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-id=\"" + finalCase + "\"")))
			.andExpect(content().string(not(containsString("政府 · 三级"))));
		mvc.perform(get("/admin/applications/" + finalCase).with(as(admin))).andExpect(status().isOk());
		// a workbench address of another role answers as for an unknown case
		mvc.perform(get("/review-org/applications/" + finalCase).with(as(admin))).andExpect(status().isNotFound());
	}

	@Test
	void aRefusedUploadOpensTheSamePageWithTheMessageBesideItsItem() throws Exception {
		Parties p = parties();
		long id = applied(p, "FINANCE");
		ok(act(p.orgToken(), id, "accept"));
		RequestPostProcessor ent = as(p.enterprise().principal());

		var refused = mvc.perform(uploadPage(id, "M02", new MockMultipartFile("file", "licence.pdf",
				"application/pdf", "<html>not a pdf</html>".getBytes())).with(ent))
			.andExpect(redirectedUrl("/enterprise/progress/" + id + "/materials#item-M02"))
			.andReturn();
		String page = mvc.perform(get("/enterprise/progress/" + id + "/materials").with(ent)
				.flashAttrs(refused.getFlashMap()))
			.andReturn().getResponse().getContentAsString();

		assertThat(Html.textOf(page, "item-M02-file-error"))
			.isEqualTo("文件内容不是 PDF 格式（按文件内容检查，不看扩展名），或文件已损坏/不完整");
		assertThat(Html.textOf(page, "item-M01-file-error")).isNull();
		// nothing was kept
		assertThat(page).doesNotContain("licence.pdf");
	}

	@Test
	void aRefusedReviewDecisionKeepsTheTypedOpinionAndShowsEachMessageBesideItsField() throws Exception {
		Parties p = parties();
		long id = inDocReview(p, "ENERGY");
		RequestPostProcessor reviewer = as(principal(p.reviewer()));
		String opinion = "第三章缺少等级保护测评报告，请补充后重新提交";

		var badReport = mvc.perform(multipart("/workflow/applications/" + id + "/actions")
				.file(new MockMultipartFile("report", "report.pdf", "application/pdf", "GIF89a".getBytes()))
				.param("action", "doc-fail").param("formId", "doc-review").param("opinion", opinion)
				.with(csrf()).with(reviewer))
			.andExpect(redirectedUrl("/reviewer/applications/" + id + "#doc-review"))
			.andExpect(flash().attribute("failure",
					"文件内容不是 PDF 格式（按文件内容检查，不看扩展名），或文件已损坏/不完整"))
			.andReturn();
		String page = mvc.perform(get("/reviewer/applications/" + id).with(reviewer)
				.flashAttrs(badReport.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(page, "doc-review-report-error"))
			.isEqualTo("文件内容不是 PDF 格式（按文件内容检查，不看扩展名），或文件已损坏/不完整");
		assertThat(page).contains(">" + opinion + "</textarea>");
		assertThat(Html.textOf(page, "doc-review-opinion-error")).isNull();

		var noOpinion = mvc.perform(action(id, "doc-fail").param("formId", "doc-review").with(reviewer))
			.andExpect(redirectedUrl("/reviewer/applications/" + id + "#doc-review"))
			.andReturn();
		page = mvc.perform(get("/reviewer/applications/" + id).with(reviewer).flashAttrs(noOpinion.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(page, "doc-review-opinion-error")).isEqualTo("“文件审核不通过（整改）”需要填写意见");
		// the case did not move
		assertThat(stateOf(view(p.reviewerToken(), id))).isEqualTo("DOC_REVIEW");
	}

	@Test
	void aRefusedRectificationShowsTheMessageBesideTheFile() throws Exception {
		Parties p = parties();
		long id = inDocReview(p, "COMMERCE");
		ok(act(p.reviewerToken(), id, "doc-fail", "{\"opinion\":\"补充材料\"}"));
		RequestPostProcessor ent = as(p.enterprise().principal());

		var refused = mvc.perform(multipart("/enterprise/progress/" + id + "/rectifications")
				.file(pdfPart("file")).with(csrf()).with(ent))
			.andExpect(redirectedUrl("/enterprise/progress/" + id + "#rectify"))
			.andReturn();
		String page = mvc.perform(get("/enterprise/progress/" + id).with(ent).flashAttrs(refused.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(page, "rectify-file-error"))
			.isEqualTo("文件内容不是 RAR 格式（按文件内容检查，不看扩展名），或文件已损坏/不完整");
		assertThat(stateOf(view(p.enterpriseToken(), id))).isEqualTo("DOC_RECTIFICATION");
	}

	private static MockHttpServletRequestBuilder action(long id, String action) {
		return post("/workflow/applications/" + id + "/actions").param("action", action).with(csrf());
	}

	private static MockMultipartHttpServletRequestBuilder uploadPage(long id, String code, MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder builder = multipart(
				"/enterprise/progress/" + id + "/materials/" + code).file(file);
		builder.with(csrf());
		return builder;
	}

	/** Logs in through the real login form and carries its session cookie. */
	private RequestPostProcessor as(PlatformPrincipal who) throws Exception {
		String password = "admin".equals(who.username()) ? "admin-test-pass-1" : PASSWORD;
		Cookie session = mvc.perform(formLogin("/login").user(who.username()).password(password))
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
