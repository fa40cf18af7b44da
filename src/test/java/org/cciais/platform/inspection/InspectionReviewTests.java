package org.cciais.platform.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cciais.platform.certificate.CertificateStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Manual 4.3: the review organisation passes or fails; a failed inspection is rectified (RAR) and reviewed again. */
class InspectionReviewTests extends InspectionTestSupport {

	@Test
	void aFailedInspectionIsRectifiedWithARarAndPassedOnTheSecondReview() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		submitFirstInspection(c, LocalDateTime.of(2017, 7, 5, 9, 0));
		long id = c.firstInspection();
		String org = tokenOf(c.reviewOrgAccount());

		mvc.perform(bearer(get("/api/v1/inspections").param("status", "SUBMITTED"), org))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value((int) id))
			.andExpect(jsonPath("$[0].availableActions[0]").value("pass"));
		String report = read(mvc.perform(multipart("/api/v1/inspections/{id}/reports", id).file(pdfPart("file"))
			.header("Authorization", "Bearer " + org)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).get("fileId").asString();
		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/fail", id), org).contentType(MediaType.APPLICATION_JSON)
			.content("{\"opinion\":\"年度财务审计报告缺少审计机构盖章\",\"reportFileId\":\"" + report + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECTIFICATION"));

		// the enterprise sees the opinion and the report, and a to-do linking to the rectification page
		String enterprise = tokenOf(c.enterprise());
		getInspection(id, enterprise).andExpect(jsonPath("$.status").value("RECTIFICATION"))
			.andExpect(jsonPath("$.opinion").value("年度财务审计报告缺少审计机构盖章"))
			.andExpect(jsonPath("$.reportFileId").value(report))
			.andExpect(jsonPath("$.availableActions[0]").value("rectify"));
		mvc.perform(bearer(get("/api/v1/files/{id}", report), enterprise)).andExpect(status().isOk());
		var todo = awaitNotification(c.enterprise().accountId(), "inspection:" + id + ":rectify:1");
		assertThat(todo.getLink()).isEqualTo("/enterprise/inspections/" + id + "/rectification");
		assertThat(todo.getText()).contains("年度财务审计报告缺少审计机构盖章");

		// one RAR answers it and goes back to the review organisation
		mvc.perform(multipart("/api/v1/inspections/{id}/rectifications", id).file(rarPart("file"))
			.header("Authorization", "Bearer " + enterprise))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.round").value(2))
			.andExpect(jsonPath("$.rectifications.length()").value(1));
		awaitNotification(c.reviewOrgAccount().id(), "inspection:" + id + ":review:2");

		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/pass", id), tokenOf(c.reviewOrgAccount()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"整改到位\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PASSED"))
			.andExpect(jsonPath("$.opinion").value("整改到位"));

		InspectionView passed = inspection(id);
		assertThat(passed.history()).extracting(InspectionView.HistoryEntry::action)
			.containsExactly("schedule", "open", "submit", "fail", "rectify", "pass");
		assertThat(passed.history().get(3).fileId().toString()).isEqualTo(report);
		assertThat(certificate(c).status()).isEqualTo(CertificateStatus.VALID);
		assertThat(audit.forObject("inspection", id)).extracting(e -> e.action())
			.contains("inspection.submit", "inspection.report.upload", "inspection.fail", "inspection.rectify",
					"inspection.pass");
		// the review to-dos were closed once acted upon
		await(() -> notificationsOf(c.reviewOrgAccount().id()).stream()
			.filter(n -> n.getRefKey() != null && n.getRefKey().startsWith("inspection:" + id + ":review:"))
			.allMatch(n -> n.getDoneAt() != null));
	}

	@Test
	void failingNeedsAnOpinion() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		submitFirstInspection(c, LocalDateTime.of(2017, 7, 5, 9, 0));

		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/fail", c.firstInspection()),
				tokenOf(c.reviewOrgAccount())).contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.SUBMITTED);
	}

	@Test
	void actionsOutOfTurnAreConflicts() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 5, 9, 0));
		String org = tokenOf(c.reviewOrgAccount());
		String enterprise = tokenOf(c.enterprise());

		// nothing submitted yet: nothing to review, nothing to rectify
		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/pass", c.firstInspection()), org))
			.andExpect(status().isConflict());
		mvc.perform(multipart("/api/v1/inspections/{id}/reports", c.firstInspection()).file(pdfPart("file"))
			.header("Authorization", "Bearer " + org)).andExpect(status().isConflict());
		mvc.perform(multipart("/api/v1/inspections/{id}/rectifications", c.firstInspection()).file(rarPart("file"))
			.header("Authorization", "Bearer " + enterprise)).andExpect(status().isConflict());

		uploadAll(c.firstInspection(), enterprise, BASE_MATERIALS);
		submit(c.firstInspection(), "{}", enterprise).andExpect(status().isOk());
		mvc.perform(multipart("/api/v1/inspections/{id}/rectifications", c.firstInspection()).file(rarPart("file"))
			.header("Authorization", "Bearer " + enterprise)).andExpect(status().isConflict());
		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/pass", c.firstInspection()), org))
			.andExpect(status().isOk());
		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/fail", c.firstInspection()), org)
			.contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"再看看\"}"))
			.andExpect(status().isConflict());
		upload(c.firstInspection(), "I01", enterprise).andExpect(status().isConflict());
	}

	@Test
	void aStaleVersionLosesAgainstTheChangeThatWon() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		submitFirstInspection(c, LocalDateTime.of(2017, 7, 5, 9, 0));
		String org = tokenOf(c.reviewOrgAccount());
		long seen = read(getInspection(c.firstInspection(), org).andReturn().getResponse().getContentAsString())
			.get("version").asLong();

		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/fail", c.firstInspection()), org)
			.contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"缺少盖章\",\"version\":" + seen + "}"))
			.andExpect(status().isOk());
		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/pass", c.firstInspection()), org)
			.contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"通过\",\"version\":" + seen + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该记录已被他人同时修改，请刷新后重试。"));
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.RECTIFICATION);
	}

	@Test
	void theReportMustBelongToTheInspection() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		submitFirstInspection(c, LocalDateTime.of(2017, 7, 5, 9, 0));
		String org = tokenOf(c.reviewOrgAccount());
		String materialFile = inspection(c.firstInspection()).materials().get(0).fileId().toString();

		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/fail", c.firstInspection()), org)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"opinion\":\"缺少盖章\",\"reportFileId\":\"" + materialFile + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reportFileId"));
		mvc.perform(multipart("/api/v1/inspections/{id}/reports", c.firstInspection())
			.file(new MockMultipartFile("file", "report.pdf", "application/pdf", rar()))
			.header("Authorization", "Bearer " + org)).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void theRectificationIsOneRarFile() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		submitFirstInspection(c, LocalDateTime.of(2017, 7, 5, 9, 0));
		inspections.fail(c.firstInspection(), new ReviewDecision("缺少盖章", null, null),
				principal(c.reviewOrgAccount()));
		String enterprise = tokenOf(c.enterprise());

		mvc.perform(multipart("/api/v1/inspections/{id}/rectifications", c.firstInspection()).file(pdfPart("file"))
			.header("Authorization", "Bearer " + enterprise)).andExpect(status().isUnsupportedMediaType());
		mvc.perform(multipart("/api/v1/inspections/{id}/rectifications", c.firstInspection())
			.header("Authorization", "Bearer " + enterprise)).andExpect(status().isBadRequest());
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.RECTIFICATION);
	}

	@Test
	void aRectificationIsStillReviewedAfterTheWindowClosed() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		submitFirstInspection(c, LocalDateTime.of(2017, 8, 25, 9, 0));
		inspections.fail(c.firstInspection(), new ReviewDecision("缺少盖章", null, null),
				principal(c.reviewOrgAccount()));
		moveTo(LocalDateTime.of(2017, 9, 20, 9, 0));

		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.RECTIFICATION);
		mvc.perform(multipart("/api/v1/inspections/{id}/rectifications", c.firstInspection()).file(rarPart("file"))
			.header("Authorization", "Bearer " + tokenOf(c.enterprise()))).andExpect(status().isOk());
		moveTo(LocalDateTime.of(2017, 10, 20, 9, 0));
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.SUBMITTED);
		assertThat(certificate(c).status()).isEqualTo(CertificateStatus.VALID);
	}

	private static void await(java.util.concurrent.Callable<Boolean> condition) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(condition);
	}
}
