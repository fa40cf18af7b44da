package org.cciais.platform.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.Html;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages of 企业年检, 年检进度 and 年检评审 with a real page log-in (session, CSRF). */
class InspectionPagesTests extends InspectionTestSupport {

	private Cookie login(String username) throws Exception {
		Cookie session = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("session cookie after log-in").isNotNull();
		return session;
	}

	@Test
	void theEnterpriseChangesItsNameOnTheFormAndTheMaterialsPageAsksForTheTwoChangeDocuments() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 3, 9, 0));
		Cookie session = login(c.enterprise().username());
		long id = c.firstInspection();

		mvc.perform(get("/enterprise/inspections").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("第一次年检"), containsString("2017-07-01 至 2017-08-31"),
					containsString("/enterprise/inspections/" + id + "\""), containsString("年检申请"))));
		mvc.perform(get("/enterprise/inspections/{id}", id).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(c.certificate().number()), containsString("叁级"),
					containsString(c.reviewOrg().name()), containsString("value=\"" + c.enterprise().name() + "\""),
					containsString("下一步"))));

		var copy = c.certificate().copy();
		String newName = c.enterprise().name() + "（变更）";
		mvc.perform(post("/enterprise/inspections/{id}", id).cookie(session).with(csrf())
			.param("enterpriseName", newName).param("registeredAddress", copy.registeredAddress())
			.param("creditCode", copy.creditCode()).param("foundedOn", copy.foundedOn().toString())
			.param("legalRepresentative", copy.legalRepresentative()).param("registeredCapital", "900.0000")
			.param("unitType", copy.unitType()))
			.andExpect(redirectedUrl("/enterprise/inspections/" + id + "/materials"));

		mvc.perform(get("/enterprise/inspections/{id}/materials", id).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-code=\"C01\""), containsString("变更证明"),
					containsString("data-code=\"C02\""), containsString("变更后的营业执照"), containsString(newName))));

		// submitting without the documents comes back to the materials page naming them
		mvc.perform(post("/enterprise/inspections/{id}/submit", id).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/enterprise/inspections/" + id + "/materials"))
			.andExpect(flash().attribute("failure", allOf(containsString("变更证明"), containsString("变更后的营业执照"),
					containsString("年检申请表"), not(containsString("（C01）")), not(containsString("（I01）")),
					not(containsString("。；")), endsWith("。"))));

		for (String code : new String[] { "I01", "I02", "I03", "I04", "C01", "C02" }) {
			mvc.perform(multipart("/enterprise/inspections/{id}/materials/{code}", id, code).file(pdfPart("file"))
				.cookie(session).with(csrf()))
				.andExpect(redirectedUrl("/enterprise/inspections/" + id + "/materials"))
				.andExpect(flash().attributeExists("success"));
		}
		mvc.perform(post("/enterprise/inspections/{id}/submit", id).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/enterprise/inspections/progress"));
		InspectionView submitted = inspection(id);
		assertThat(submitted.status()).isEqualTo(InspectionStatus.SUBMITTED);
		assertThat(submitted.submittedData().enterpriseName()).isEqualTo(newName);
		mvc.perform(get("/enterprise/inspections/progress").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("年检进度"), containsString("已提交，评审机构审核中"),
					containsString("/enterprise/progress"))));
	}

	@Test
	void invalidFieldsAreShownBesideTheFields() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 3, 9, 0));
		Cookie session = login(c.enterprise().username());
		var copy = c.certificate().copy();

		mvc.perform(post("/enterprise/inspections/{id}", c.firstInspection()).cookie(session).with(csrf())
			.param("enterpriseName", copy.enterpriseName()).param("registeredAddress", copy.registeredAddress())
			.param("creditCode", "91110000ABC").param("foundedOn", "昨天")
			.param("legalRepresentative", copy.legalRepresentative()).param("registeredCapital", "900")
			.param("unitType", copy.unitType()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("is-invalid"), containsString("成立时间格式应为 yyyy-MM-dd"),
					containsString("value=\"91110000ABC\""))));
		mvc.perform(post("/enterprise/inspections/{id}", c.firstInspection()).cookie(session).with(csrf())
			.param("enterpriseName", copy.enterpriseName()).param("registeredAddress", copy.registeredAddress())
			.param("creditCode", "91110000ABC").param("foundedOn", copy.foundedOn().toString())
			.param("legalRepresentative", copy.legalRepresentative()).param("registeredCapital", "900")
			.param("unitType", copy.unitType()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("统一社会信用代码应为 18 位且校验位正确")));
		assertThat(inspection(c.firstInspection()).submittedData()).isNull();
	}

	@Test
	void anotherEnterprisesInspectionPagesAreNotFoundAndOtherRolesAreRefused() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		EnterpriseFixture other = enterprise();
		registration.markApplicationSubmitted(other.id());
		moveTo(LocalDateTime.of(2017, 7, 3, 9, 0));
		Cookie session = login(other.username());

		mvc.perform(get("/enterprise/inspections/{id}", c.firstInspection()).cookie(session))
			.andExpect(status().isNotFound());
		mvc.perform(get("/enterprise/inspections/{id}/rectification", c.firstInspection()).cookie(session))
			.andExpect(status().isNotFound());
		mvc.perform(post("/enterprise/inspections/{id}/submit", c.firstInspection()).cookie(session).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/review-org/inspections").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/enterprise/inspections").cookie(login(c.reviewOrgAccount().username())))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusedUploadsAndDecisionsShowTheMessageBesideTheFieldAndKeepTheOpinion() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 4, 9, 0));
		long id = c.firstInspection();
		Cookie enterprise = login(c.enterprise().username());

		var notPdf = mvc.perform(multipart("/enterprise/inspections/{id}/materials/{code}", id, "I01")
				.file(new MockMultipartFile("file", "年检申请表.pdf", MediaType.APPLICATION_PDF_VALUE, "GIF89a".getBytes()))
				.cookie(enterprise).with(csrf()))
			.andExpect(redirectedUrl("/enterprise/inspections/" + id + "/materials#item-I01"))
			.andReturn();
		String page = mvc.perform(get("/enterprise/inspections/{id}/materials", id).cookie(enterprise)
				.flashAttrs(notPdf.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(page, "item-I01-file-error"))
			.isEqualTo("文件内容不是 PDF 格式（按文件内容检查，不看扩展名），或文件已损坏/不完整");
		assertThat(Html.tagOf(page, "file-I01")).contains("is-invalid");

		String token = tokenOf(c.enterprise());
		uploadAll(id, token, java.util.List.of("I01", "I02", "I03", "I04"));
		submit(id, "{}", token).andExpect(status().isOk());
		long version = inspection(id).version();
		Cookie org = login(c.reviewOrgAccount().username());
		var badReport = mvc.perform(multipart("/review-org/inspections/{id}/fail", id)
				.file(new MockMultipartFile("report", "审核报告.pdf", MediaType.APPLICATION_PDF_VALUE, "%PDX".getBytes()))
				.param("opinion", "年检申请表未盖公章").param("version", String.valueOf(version)).cookie(org).with(csrf()))
			.andExpect(redirectedUrl("/review-org/inspections/" + id + "#decision-form"))
			.andReturn();
		page = mvc.perform(get("/review-org/inspections/{id}", id).cookie(org).flashAttrs(badReport.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(page, "decision-form-report-error"))
			.isEqualTo("文件内容不是 PDF 格式（按文件内容检查，不看扩展名），或文件已损坏/不完整");
		assertThat(page).contains(">年检申请表未盖公章</textarea>");

		var noOpinion = mvc.perform(multipart("/review-org/inspections/{id}/fail", id)
				.param("version", String.valueOf(version)).cookie(org).with(csrf()))
			.andExpect(redirectedUrl("/review-org/inspections/" + id + "#decision-form"))
			.andReturn();
		page = mvc.perform(get("/review-org/inspections/{id}", id).cookie(org).flashAttrs(noOpinion.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(Html.textOf(page, "decision-form-opinion-error")).isEqualTo("审核不通过时请填写审核意见。");
		assertThat(inspection(id).status()).isEqualTo(InspectionStatus.SUBMITTED);
	}

	@Test
	void theReviewOrganisationSeesTheChangesAndAStaleFormLoses() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 3, 9, 0));
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, java.util.List.of("I01", "I02", "I03", "I04", "C01", "C02"));
		submit(c.firstInspection(), "{\"legalRepresentative\":\"王五\"}", token).andExpect(status().isOk());
		long version = inspection(c.firstInspection()).version();
		Cookie session = login(c.reviewOrgAccount().username());

		mvc.perform(get("/review-org/inspections").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(c.certificate().number()), containsString("有变更"))));
		mvc.perform(get("/review-org/inspections/{id}", c.firstInspection()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<del data-user class=\"text-muted\">张三</del>"),
					containsString("<strong data-user>王五</strong>"), containsString("审核通过"), containsString("不通过，退回整改"),
					containsString("/files/" + inspection(c.firstInspection()).materials().get(4).fileId()))));

		// fail with a report uploaded from the form
		mvc.perform(multipart("/review-org/inspections/{id}/fail", c.firstInspection())
			.file(new MockMultipartFile("report", "审核报告.pdf", MediaType.APPLICATION_PDF_VALUE, pdf()))
			.param("opinion", "变更证明未盖章").param("version", String.valueOf(version)).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/review-org/inspections"))
			.andExpect(flash().attribute("success", "已退回企业整改。"));
		InspectionView failed = inspection(c.firstInspection());
		assertThat(failed.status()).isEqualTo(InspectionStatus.RECTIFICATION);
		assertThat(failed.reportFileId()).isNotNull();

		// the same (now stale) form once more: refused, nothing changes
		mvc.perform(multipart("/review-org/inspections/{id}/pass", c.firstInspection())
			.param("version", String.valueOf(version)).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/review-org/inspections/" + c.firstInspection()))
			.andExpect(flash().attribute("failure", containsString("已被他人同时修改")));
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.RECTIFICATION);

		mvc.perform(get("/review-org/inspections/{id}", c.firstInspection())
			.cookie(login(account(Role.REVIEW_ORG, reviewOrg("JJJ").id()).username())))
			.andExpect(status().isNotFound());
	}
}
