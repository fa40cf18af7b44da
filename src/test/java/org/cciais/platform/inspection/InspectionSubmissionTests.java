package org.cciais.platform.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.shared.CreditCodes;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Manual 4.1 and 4.2: the enterprise submits inside the window, with the 副本 data checked or changed. */
class InspectionSubmissionTests extends InspectionTestSupport {

	@Test
	void listsTheEnterprisesInspectionsWithTheirWindowsAndMaterials() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 8, 9));
		moveTo(LocalDateTime.of(2017, 8, 1, 9, 0));

		mvc.perform(bearer(get("/api/v1/inspections"), tokenOf(c.enterprise())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.id==" + c.firstInspection() + ")].certificateId").value(
					(int) c.certificate().id()))
			.andExpect(jsonPath("$[?(@.id==" + c.firstInspection() + ")].industry").value("FINANCE"))
			.andExpect(jsonPath("$[?(@.id==" + c.firstInspection() + ")].windowOpensOn").value("2017-08-01"))
			.andExpect(jsonPath("$[?(@.id==" + c.firstInspection() + ")].windowClosesOn").value("2017-09-30"))
			.andExpect(jsonPath("$[?(@.id==" + c.firstInspection() + ")].status").value("OPEN"))
			.andExpect(jsonPath("$[?(@.id==" + c.secondInspection() + ")].status").value("UPCOMING"))
			.andExpect(jsonPath("$[?(@.id==" + c.firstInspection() + ")].availableActions[*]")
				.value(hasItems("upload", "submit")))
			.andExpect(jsonPath("$[?(@.id==" + c.secondInspection() + ")].availableActions.length()").value(0));

		getInspection(c.firstInspection(), tokenOf(c.enterprise()))
			.andExpect(jsonPath("$.materials.length()").value(6))
			.andExpect(jsonPath("$.materials[0].code").value("I01"))
			.andExpect(jsonPath("$.materials[0].title").value("年检申请表"))
			.andExpect(jsonPath("$.materials[0].required").value(true))
			.andExpect(jsonPath("$.materials[0].requiredWhenChanged").value(false))
			.andExpect(jsonPath("$.materials[0].uploaded").value(false))
			.andExpect(jsonPath("$.materials[0].fileId").isEmpty())
			.andExpect(jsonPath("$.materials[4].code").value("C01"))
			.andExpect(jsonPath("$.materials[4].required").value(false))
			.andExpect(jsonPath("$.materials[4].requiredWhenChanged").value(true));
	}

	@Test
	void submitsOnTheLastDayOfTheWindow() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 8, 31, 23, 58));
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, BASE_MATERIALS);

		submit(c.firstInspection(), "{}", token).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.copyChanged").value(false));

		assertThat(auditCount(c.firstInspection(), "inspection.submit")).isEqualTo(1);
		var todo = awaitNotification(c.reviewOrgAccount().id(), "inspection:" + c.firstInspection() + ":review:1");
		assertThat(todo.getLink()).isEqualTo("/review-org/inspections/" + c.firstInspection());
		assertThat(todo.isActionRequired()).isTrue();
	}

	@Test
	void theAuditLogNamesTheCertificatesIndustryInChineseWhateverTheEnterprisesLanguage() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 8, 1, 10, 0));
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, BASE_MATERIALS);

		submit(c.firstInspection(), "{}", token, "en").andExpect(status().isOk());

		assertThat(audit.forObject("inspection", c.firstInspection()))
			.filteredOn(e -> e.action().equals("inspection.submit"))
			.extracting(AuditQueries.Entry::detail)
			.containsExactly("金融行业证书 " + c.certificate().number() + " 第一次年检：提交年检，副本信息无变更");
	}

	@Test
	void refusesTheSubmissionOnTheDayAfterTheWindowClosed() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 8, 31, 22, 0));
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, BASE_MATERIALS);

		// just after midnight in Beijing (still 31 August in UTC), before the hourly job ran
		setClock(LocalDateTime.of(2017, 9, 1, 0, 0, 30));
		submit(c.firstInspection(), "{}", token).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("年检开放时间（2017-07-01 至 2017-08-31）已过，不能再提交年检材料。"));
		upload(c.firstInspection(), "I01", token).andExpect(status().isConflict());
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.OPEN);
	}

	@Test
	void refusesTheSubmissionBeforeTheWindowOpens() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 6, 30, 23, 59));
		String token = tokenOf(c.enterprise());

		upload(c.firstInspection(), "I01", token).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("年检尚未开放：开放时间为 2017-07-01 至 2017-08-31。"));
		submit(c.firstInspection(), "{}", token).andExpect(status().isConflict());
	}

	@Test
	void refusesTheSubmissionUntilEveryRequiredMaterialIsUploaded() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 3, 9, 0));
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, java.util.List.of("I01", "I02"));

		submit(c.firstInspection(), "{}", token).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("年度财务审计报告")))
			.andExpect(jsonPath("$.detail", containsString("信息安全服务人员名单及变动情况")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("materials.I03", "materials.I04")))
			.andExpect(jsonPath("$.errors.length()").value(2));
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.OPEN);
	}

	@Test
	void changedCopyDataRequiresTheChangeCertificateAndTheNewLicenceAndUpdatesTheCertificateOnPass()
			throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 10, 9, 0));
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, BASE_MATERIALS);
		String newName = c.enterprise().name().replace("有限公司", "科技股份有限公司");
		String data = "{\"enterpriseName\":\"" + newName + "\",\"registeredCapital\":2000,\"unitType\":\"股份有限公司\"}";

		submit(c.firstInspection(), data, token).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("变更证明")))
			.andExpect(jsonPath("$.detail", containsString("变更后的营业执照")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("materials.C01", "materials.C02")));
		// the saved changes already show the two extra items as required
		getInspection(c.firstInspection(), token).andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.materials[?(@.code=='C01')].required").value(true))
			.andExpect(jsonPath("$.materials[?(@.code=='C02')].required").value(true));

		uploadAll(c.firstInspection(), token, java.util.List.of("C01", "C02"));
		submit(c.firstInspection(), data, token).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.copyChanged").value(true))
			.andExpect(jsonPath("$.submittedData.enterpriseName").value(newName))
			.andExpect(jsonPath("$.changes.length()").value(3))
			.andExpect(jsonPath("$.changes[0].field").value("enterpriseName"))
			.andExpect(jsonPath("$.changes[0].from").value(c.enterprise().name()))
			.andExpect(jsonPath("$.changes[0].to").value(newName))
			.andExpect(jsonPath("$.changes[1].from").value("900.0000"))
			.andExpect(jsonPath("$.changes[1].to").value("2000.0000"));
		assertThat(certificate(c).copy().enterpriseName()).isEqualTo(c.enterprise().name());
		// the audit log's record names the changed fields in Chinese, from the bundle
		assertThat(audit.forObject("inspection", c.firstInspection()))
			.filteredOn(e -> e.action().equals("inspection.submit"))
			.singleElement()
			.extracting(e -> e.detail())
			.asString()
			.contains("第一次年检：提交年检，副本信息变更：单位名称 " + c.enterprise().name() + " → " + newName
					+ "；注册资金 900.0000 → 2000.0000；单位类型 ");

		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/pass", c.firstInspection()), tokenOf(
				c.reviewOrgAccount())).contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"材料齐全，变更属实\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PASSED"))
			.andExpect(jsonPath("$.statusLabel").value("年检通过"))
			.andExpect(jsonPath("$.changes[0].label").value("单位名称"))
			.andExpect(jsonPath("$.history[-1].actionLabel").value("审核通过"));
		// the words follow the reader's language (Accept-Language); the typed data stays as typed
		mvc.perform(bearer(get("/api/v1/inspections/{id}", c.firstInspection()), token).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.statusLabel").value("Passed"))
			.andExpect(jsonPath("$.changes[0].label").value("Enterprise name"))
			.andExpect(jsonPath("$.changes[0].to").value(newName))
			.andExpect(jsonPath("$.history[-1].action").value("pass"))
			.andExpect(jsonPath("$.history[-1].actionLabel").value("Passed"));

		var copy = certificate(c).copy();
		assertThat(copy.enterpriseName()).isEqualTo(newName);
		assertThat(copy.registeredCapital()).isEqualByComparingTo(new BigDecimal("2000"));
		assertThat(copy.unitType()).isEqualTo("股份有限公司");
		assertThat(copy.creditCode()).isEqualTo(c.certificate().copy().creditCode());
		assertThat(audit.forObject("certificate", c.certificate().id()))
			.anyMatch(e -> e.action().equals("certificate.copy.update"));
		var passed = awaitNotification(c.enterprise().accountId(), "inspection:" + c.firstInspection() + ":passed");
		assertThat(passed.getText()).contains("纸质版证书", "交还协会");

		// the electronic 副本 shows the new data
		byte[] pdf = mvc.perform(bearer(get("/api/v1/certificates/{id}/copy.pdf", c.certificate().id()),
				tokenOf(c.enterprise()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(newName).contains("股份有限公司");
		}
	}

	@Test
	void unchangedCopyDataNeedsNoChangeDocumentsAndLeavesTheCertificateAsItIs() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 10, 9, 0));
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, BASE_MATERIALS);
		// the whole data sent back as it is (capital written differently) is no change
		var copy = c.certificate().copy();
		submit(c.firstInspection(), "{\"enterpriseName\":\"" + copy.enterpriseName() + "\",\"registeredCapital\":\"900\","
				+ "\"foundedOn\":\"" + copy.foundedOn() + "\"}", token)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.copyChanged").value(false))
			.andExpect(jsonPath("$.changes.length()").value(0));

		inspections.pass(c.firstInspection(), new ReviewDecision(null, null, null), principal(c.reviewOrgAccount()));
		assertThat(certificate(c).copy()).isEqualTo(copy);
		var passed = awaitNotification(c.enterprise().accountId(), "inspection:" + c.firstInspection() + ":passed");
		assertThat(passed.getText()).doesNotContain("纸质版证书");
	}

	@Test
	void savedDataDecidesWhichMaterialsAreRequired() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 10, 9, 0));
		String token = tokenOf(c.enterprise());

		mvc.perform(bearer(put("/api/v1/inspections/{id}/data", c.firstInspection()), token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"legalRepresentative\":\"王五\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.copyChanged").value(true))
			.andExpect(jsonPath("$.materials[?(@.code=='C02')].required").value(true));
		mvc.perform(bearer(put("/api/v1/inspections/{id}/data", c.firstInspection()), token)
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.copyChanged").value(false))
			.andExpect(jsonPath("$.materials[?(@.code=='C02')].required").value(false));
	}

	@Test
	void refusesInvalidChangedDataNamingTheFields() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 10, 9, 0));
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, BASE_MATERIALS);
		String wrongCheck = CreditCodes.withCheckCharacter("91110000123456789").substring(0, 17) + "Z";
		String badCode = CreditCodes.isValid(wrongCheck) ? "12345" : wrongCheck;

		submit(c.firstInspection(), "{\"creditCode\":\"" + badCode + "\",\"registeredCapital\":-5,"
				+ "\"foundedOn\":\"2999-01-01\",\"unitType\":\"外星企业\",\"enterpriseName\":\" \"}", token)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("creditCode", "registeredCapital", "foundedOn",
					"unitType", "enterpriseName")));
		submit(c.firstInspection(), "{\"certificateNumber\":\"MIITCCCAIS-999999\"}", token)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("certificateNumber"));
		submit(c.firstInspection(), "{\"foundedOn\":\"2010/01/01\"}", token).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("foundedOn"));
		submit(c.firstInspection(), "not json", token).andExpect(status().isBadRequest());
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.OPEN);

		String valid = CreditCodes.withCheckCharacter("91110000987654321");
		submit(c.firstInspection(), "{\"creditCode\":\"" + valid.toLowerCase() + "\"}", token)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("materials.C01", "materials.C02")));
		getInspection(c.firstInspection(), token).andExpect(jsonPath("$.submittedData.creditCode").value(valid));
	}

	@Test
	void acceptsAPlainJsonBodyAndAnEmptyOne() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 10, 9, 0));
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, BASE_MATERIALS);

		mvc.perform(bearer(post("/api/v1/inspections/{id}/submit", c.firstInspection()), token)
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		// a second submission is not possible
		mvc.perform(bearer(post("/api/v1/inspections/{id}/submit", c.firstInspection()), token))
			.andExpect(status().isConflict());
	}

	@Test
	void theOpenApiDocumentDescribesTheInspectionCalls() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/inspections'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/submit'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/materials/{code}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/actions/pass'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/inspections/{id}/rectifications'].post").exists());
	}

	@Test
	void materialsArePdfFilesReplacedByANewUpload() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 10, 9, 0));
		String token = tokenOf(c.enterprise());

		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/inspections/{id}/materials/{code}", c.firstInspection(), "I01")
			.file(rarPart("file")).header("Authorization", "Bearer " + token))
			.andExpect(status().isUnsupportedMediaType());
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/inspections/{id}/materials/{code}", c.firstInspection(), "X99")
			.file(pdfPart("file")).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());

		String first = read(upload(c.firstInspection(), "I01", token).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).get("materials").get(0).get("fileId").asString();
		String second = read(upload(c.firstInspection(), "I01", token).andExpect(status().isOk())
			.andExpect(jsonPath("$.materials[0].uploaded").value(true))
			.andReturn().getResponse().getContentAsString()).get("materials").get(0).get("fileId").asString();
		assertThat(second).isNotEqualTo(first);
		mvc.perform(bearer(get("/api/v1/files/{id}", second), token)).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/files/{id}", first), token)).andExpect(status().isNotFound());
		assertThat(auditCount(c.firstInspection(), "inspection.material.upload")).isEqualTo(2);
	}
}
