package org.cciais.platform.enterprise;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.Html;
import org.cciais.platform.testing.PageSessions;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 变更申请 pages refuse a file beside its own field (the form has two), keep what was typed, and put the
 * association's refused decision beside its opinion: nothing is said only at the top of the page.
 */
class ChangePagesTests extends PlatformTest {

	private static final String NOT_A_PDF_MESSAGE = "文件内容不是 PDF 格式（按文件内容检查，不看扩展名），或文件已损坏/不完整";

	private static MockMultipartFile gif(String field) {
		return new MockMultipartFile(field, "营业执照.pdf", MediaType.APPLICATION_PDF_VALUE,
				"GIF89a-not-a-pdf".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void aLicenceThatIsNotAPdfIsRefusedBesideTheLicenceAndTheTypedDataStays() throws Exception {
		EnterpriseFixture e = enterprise();
		Cookie session = PageSessions.login(mvc, e.username(), PASSWORD);

		String page = mvc.perform(multipart("/enterprise/changes")
				.file(pdfPart("changeProof"))
				.file(gif("licence"))
				.param("name", "改名后的科技有限公司")
				.param("registeredAddress", "北京市海淀区新址路9号")
				.param("legalRepresentative", "赵六")
				.param("registeredCapital", "888")
				.param("unitType", "有限责任公司")
				.cookie(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.tagOf(page, "licence")).contains("is-invalid");
		assertThat(page).contains(NOT_A_PDF_MESSAGE);
		assertThat(Html.tagOf(page, "changeProof")).doesNotContain("is-invalid");
		assertThat(Html.tagOf(page, "name")).contains("value=\"改名后的科技有限公司\"");
		assertThat(Html.tagOf(page, "registeredCapital")).contains("value=\"888\"");
		assertThat(page).doesNotContain("alert alert-danger");
		mvc.perform(get("/api/v1/enterprise/changes").header("Authorization", "Bearer " + token(e.username())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()").value(0));
	}

	@Test
	void aRefusedRectificationAndARefusedDecisionAreShownBesideTheirFields() throws Exception {
		EnterpriseFixture e = enterprise();
		Cookie enterprise = PageSessions.login(mvc, e.username(), PASSWORD);
		mvc.perform(multipart("/enterprise/changes")
				.file(pdfPart("changeProof"))
				.file(pdfPart("licence"))
				.param("name", "整改后的科技有限公司" + e.username())
				.param("registeredAddress", "北京市海淀区新址路9号")
				.param("legalRepresentative", "赵六")
				.param("registeredCapital", "888")
				.param("unitType", "有限责任公司")
				.cookie(enterprise)
				.with(csrf()))
			.andExpect(redirectedUrl("/enterprise/changes"));
		mvc.perform(get("/enterprise/changes").cookie(enterprise)).andExpect(status().isOk()); // as a browser follows it
		long id = read(mvc.perform(get("/api/v1/enterprise/changes").header("Authorization", "Bearer " + token(e.username())))
			.andReturn()
			.getResponse()
			.getContentAsString()).get(0).get("id").asLong();

		Cookie admin = PageSessions.login(mvc, "admin", "admin-test-pass-1");
		var noOpinion = mvc.perform(post("/admin/enterprise-changes/{id}/fail", id).param("opinion", "  ")
				.cookie(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/enterprise-changes/" + id + "#decision-form"))
			.andReturn();
		String review = mvc.perform(get("/admin/enterprise-changes/{id}", id).cookie(admin)
				.flashAttrs(noOpinion.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.textOf(review, "decision-form-opinion-error")).isEqualTo("审核不通过时请填写审核意见");
		assertThat(Html.tagOf(review, "opinion")).contains("is-invalid");

		mvc.perform(post("/admin/enterprise-changes/{id}/fail", id).param("opinion", "营业执照不清晰")
				.cookie(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/enterprise-changes/" + id));

		var notPdf = mvc.perform(multipart("/enterprise/changes/{id}/rectification", id)
				.file(pdfPart("changeProof"))
				.file(gif("licence"))
				.cookie(enterprise)
				.with(csrf()))
			.andExpect(redirectedUrl("/enterprise/changes#rectification-form"))
			.andReturn();
		String changes = mvc.perform(get("/enterprise/changes").cookie(enterprise).flashAttrs(notPdf.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.textOf(changes, "rectification-form-licence-error")).isEqualTo(NOT_A_PDF_MESSAGE);
		assertThat(Html.tagOf(changes, "r-licence")).contains("is-invalid");
		assertThat(Html.tagOf(changes, "r-changeProof")).doesNotContain("is-invalid");
	}
}
