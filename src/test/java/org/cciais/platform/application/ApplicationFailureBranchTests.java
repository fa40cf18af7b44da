package org.cciais.platform.application;

import java.time.LocalDate;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The branches of figure 5 and manual 3.4.1, 3.4.4–3.4.6: return, rectification, termination, rejection. */
class ApplicationFailureBranchTests extends ApplicationTestSupport {

	@Test
	void returnedApplicationIsModifiedAndResubmittedToAnotherReviewOrganisation() throws Exception {
		Parties p = parties();
		long id = applied(p, "FINANCE");
		act(p.orgToken(), id, "return").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		JsonNode returned = ok(act(p.orgToken(), id, "return", "{\"opinion\":\"咨询机构选择有误\"}"));
		assertThat(stateOf(returned)).isEqualTo("RETURNED");
		assertThat(actions(view(p.enterpriseToken(), id))).containsExactlyInAnyOrder("resubmit", "cancel");
		assertThat(view(p.enterpriseToken(), id).get("history").get(1).get("opinion").asText())
			.isEqualTo("咨询机构选择有误");

		OrganizationView south = reviewOrg("SOUTH");
		resubmit(p.enterpriseToken(), id, "{\"reviewOrgId\":" + south.id() + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reviewOrgId"));

		OrganizationView other = reviewOrg("JJJ");
		AccountView otherAccount = account(Role.REVIEW_ORG, other.id());
		JsonNode resubmitted = ok(resubmit(p.enterpriseToken(), id, "{\"reviewOrgId\":" + other.id() + "}"));
		assertThat(stateOf(resubmitted)).isEqualTo("SUBMITTED");
		assertThat(resubmitted.get("reviewOrg").get("id").asLong()).isEqualTo(other.id());
		assertThat(resubmitted.get("consultingOrg").get("id").asLong()).isEqualTo(p.consultingOrg().id());

		mvc.perform(bearer(get("/api/v1/applications/" + id), p.orgToken())).andExpect(status().isNotFound());
		assertThat(stateOf(ok(act(token(otherAccount.username()), id, "accept")))).isEqualTo("ACCEPTED");
		resubmit(p.enterpriseToken(), id, "{}").andExpect(status().isConflict());
	}

	@Test
	void cancelledApplicationLetsTheIndustryBeAppliedForAgain() throws Exception {
		Parties p = parties();
		long id = applied(p, "TELECOM");
		apply(p, "TELECOM").andExpect(status().isConflict());
		ok(act(p.orgToken(), id, "return", "{\"opinion\":\"请修改\"}"));
		assertThat(stateOf(ok(act(p.enterpriseToken(), id, "cancel")))).isEqualTo("CANCELLED");
		long again = applied(p, "TELECOM");
		assertThat(again).isNotEqualTo(id);
	}

	@Test
	void cancelIsNoLongerOfferedOnceMaterialsAreSubmitted() throws Exception {
		Parties p = parties();
		long accepted = applied(p, "DEFENSE");
		ok(act(p.orgToken(), accepted, "accept"));
		assertThat(actions(view(p.enterpriseToken(), accepted))).contains("cancel");
		uploadAll(p.enterpriseToken(), accepted);
		ok(act(p.enterpriseToken(), accepted, "submit-materials"));
		assertThat(actions(view(p.enterpriseToken(), accepted))).doesNotContain("cancel");
		act(p.enterpriseToken(), accepted, "cancel").andExpect(status().isConflict());
	}

	/** Manual 3.4.1 note 1: "如企业已上传评审材料，将无“取消申请”操作" — one uploaded item is enough. */
	@Test
	void cancelIsNoLongerOfferedOnceAnyMaterialIsUploaded() throws Exception {
		Parties p = parties();
		long accepted = applied(p, "ENERGY");
		ok(act(p.orgToken(), accepted, "accept"));
		assertThat(actions(view(p.enterpriseToken(), accepted))).containsExactlyInAnyOrder("cancel",
				"upload-material");
		uploadItems(p.enterpriseToken(), accepted, catalog.materials().subList(0, 1));
		assertThat(actions(view(p.enterpriseToken(), accepted))).containsExactly("upload-material");
		act(p.enterpriseToken(), accepted, "cancel").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("已上传评审材料，不能取消申请（操作手册 3.4.1 注 1）。"));
		assertThat(stateOf(view(p.enterpriseToken(), accepted))).isEqualTo("ACCEPTED");
	}

	@Test
	void failedDocumentReviewIsRectifiedWithARarAndReviewedAgain() throws Exception {
		Parties p = parties();
		long id = inDocReview(p, "COMMERCE");
		act(p.reviewerToken(), id, "doc-fail").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		String reportId = read(report(p.reviewerToken(), id).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("fileId").asText();
		JsonNode failed = ok(act(p.reviewerToken(), id, "doc-fail",
				"{\"opinion\":\"财务审计报告缺少盖章页\",\"reportFileId\":\"" + reportId + "\"}"));
		assertThat(stateOf(failed)).isEqualTo("DOC_RECTIFICATION");

		JsonNode seen = view(p.enterpriseToken(), id);
		JsonNode last = seen.get("history").get(seen.get("history").size() - 1);
		assertThat(last.get("opinion").asText()).isEqualTo("财务审计报告缺少盖章页");
		assertThat(last.get("reportFileId").asText()).isEqualTo(reportId);
		assertThat(actions(seen)).containsExactly("rectify");
		mvc.perform(bearer(get("/api/v1/files/" + reportId), p.enterpriseToken())).andExpect(status().isOk());

		rectify(p.enterpriseToken(), id, pdfPart("file")).andExpect(status().isUnsupportedMediaType());
		JsonNode rectified = read(rectify(p.enterpriseToken(), id, rarPart("file")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(stateOf(rectified)).isEqualTo("DOC_REVIEW");
		assertThat(rectified.get("rectifications").get(0).get("fileId").asText()).isNotBlank();
		assertThat(rectified.get("rectifications").get(0).get("stage").asText()).isEqualTo("DOC");
		rectify(p.enterpriseToken(), id, rarPart("file")).andExpect(status().isConflict());

		assertThat(stateOf(ok(act(p.reviewerToken(), id, "doc-pass")))).isEqualTo("ONSITE_REVIEW");
	}

	@Test
	void failedOnsiteReviewIsRectifiedAndThenPassed() throws Exception {
		Parties p = parties();
		long id = inOnsiteReview(p, "ENERGY");
		act(p.reviewerToken(), id, "onsite-pass").andExpect(status().isConflict());
		act(p.reviewerToken(), id, "schedule-onsite", "{\"onsiteDate\":\"" + LocalDate.now(clock).minusDays(1) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("onsiteDate"));
		ok(act(p.reviewerToken(), id, "schedule-onsite", "{\"onsiteDate\":\"" + LocalDate.now(clock) + "\"}"));
		assertThat(stateOf(ok(act(p.reviewerToken(), id, "onsite-fail", "{\"opinion\":\"机房门禁记录缺失\"}"))))
			.isEqualTo("ONSITE_RECTIFICATION");
		JsonNode rectified = read(rectify(p.enterpriseToken(), id, rarPart("file")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(stateOf(rectified)).isEqualTo("ONSITE_REVIEW");
		assertThat(rectified.get("rectifications").get(0).get("stage").asText()).isEqualTo("ONSITE");
		assertThat(stateOf(ok(act(p.reviewerToken(), id, "onsite-pass")))).isEqualTo("ORG_CONFIRMATION");
	}

	@Test
	void confirmedTerminationEndsTheApplicationAndTheIndustryCanBeAppliedForAgain() throws Exception {
		Parties p = parties();
		long id = inDocReview(p, "MANUFACTURING");
		act(p.reviewerToken(), id, "propose-termination").andExpect(status().isBadRequest());
		assertThat(stateOf(ok(act(p.reviewerToken(), id, "propose-termination",
				"{\"opinion\":\"企业不满足申请资质要求\"}")))).isEqualTo("TERMINATION_PROPOSED");
		assertThat(actions(view(p.orgToken(), id))).containsExactlyInAnyOrder("confirm-termination",
				"decline-termination");
		assertThat(stateOf(ok(act(p.orgToken(), id, "confirm-termination", "{\"opinion\":\"复核无误\"}"))))
			.isEqualTo("TERMINATED");
		mvc.perform(bearer(get("/api/v1/industries/status"), p.enterpriseToken()))
			.andExpect(jsonPath("$[?(@.industry=='MANUFACTURING')].inProgress").value(false))
			.andExpect(jsonPath("$[?(@.industry=='MANUFACTURING')].nextLevel").value("LEVEL_3"));
		applied(p, "MANUFACTURING");
	}

	@Test
	void declinedTerminationReturnsToTheReviewItWasProposedFrom() throws Exception {
		Parties p = parties();
		long doc = inDocReview(p, "PUBLIC_SERVICE");
		ok(act(p.reviewerToken(), doc, "propose-termination", "{\"opinion\":\"材料疑似造假\"}"));
		assertThat(stateOf(ok(act(p.orgToken(), doc, "decline-termination", "{\"opinion\":\"继续文审\"}"))))
			.isEqualTo("DOC_REVIEW");

		long onsite = inOnsiteReview(p, "GOVERNMENT");
		ok(act(p.reviewerToken(), onsite, "propose-termination", "{\"opinion\":\"现场与材料不符\"}"));
		assertThat(stateOf(ok(act(p.orgToken(), onsite, "decline-termination")))).isEqualTo("ONSITE_REVIEW");
	}

	@Test
	void expertRejectionClosesTheApplication() throws Exception {
		Parties p = parties();
		long id = inFinalReview(p, "FINANCE");
		assertThat(stateOf(ok(act(p.expertToken(), id, "reject", "{\"opinion\":\"技术能力不足\"}"))))
			.isEqualTo("REJECTED");
		mvc.perform(bearer(get("/api/v1/industries/status"), p.enterpriseToken()))
			.andExpect(jsonPath("$[?(@.industry=='FINANCE')].inProgress").value(false))
			.andExpect(jsonPath("$[?(@.industry=='FINANCE')].nextLevel").value("LEVEL_3"));
	}

	@Test
	void onlyAReviewerOfTheChosenOrganisationCanBeAssigned() throws Exception {
		Parties p = parties();
		long id = applied(p, "TELECOM");
		ok(act(p.orgToken(), id, "accept"));
		AccountView stranger = account(Role.REVIEWER, reviewOrg("JJJ").id());
		act(p.orgToken(), id, "assign-reviewer", "{\"reviewerId\":" + stranger.id() + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reviewerId"));
		act(p.orgToken(), id, "assign-reviewer", "{}").andExpect(status().isBadRequest());
		ok(act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)));
		// reassigning takes the case away from the first reviewer
		AccountView second = account(Role.REVIEWER, p.reviewOrg().id());
		ok(act(p.orgToken(), id, "assign-reviewer", "{\"reviewerId\":" + second.id() + "}"));
		mvc.perform(bearer(get("/api/v1/applications/" + id), p.reviewerToken())).andExpect(status().isNotFound());
	}

	@Test
	void submissionNamesTheOrganisationThatIsNotAuthorisedForTheRegion() throws Exception {
		Parties p = parties();
		OrganizationView south = consultingOrg("SOUTH");
		mvc.perform(bearer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
				"/api/v1/applications"), p.enterpriseToken())
			.contentType("application/json")
			.content("{\"industry\":\"GOVERNMENT\",\"reviewOrgId\":" + p.reviewOrg().id() + ",\"consultingOrgId\":"
					+ south.id() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consultingOrgId"));
		mvc.perform(bearer(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
				"/api/v1/applications"), p.enterpriseToken())
			.contentType("application/json")
			.content("{\"industry\":\"NOPE\",\"reviewOrgId\":" + p.consultingOrg().id() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("industry",
					"reviewOrgId", "consultingOrgId")));
	}
}
