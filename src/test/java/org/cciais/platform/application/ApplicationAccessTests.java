package org.cciais.platform.application;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Wrong role → 403; not a party of the case → 404, for reading, acting and downloading alike. */
class ApplicationAccessTests extends ApplicationTestSupport {

	@Test
	void actionOfAnotherRoleIsForbidden() throws Exception {
		Parties p = parties();
		long id = applied(p, "GOVERNMENT");
		act(p.enterpriseToken(), id, "accept").andExpect(status().isForbidden());
		act(p.consultantToken(), id, "accept").andExpect(status().isForbidden());
		act(p.reviewerToken(), id, "approve").andExpect(status().isForbidden());
		act(p.expertToken(), id, "accept").andExpect(status().isForbidden());
		act(token("admin"), id, "accept").andExpect(status().isForbidden());
		ok(act(p.orgToken(), id, "accept"));
		act(p.orgToken(), id, "submit-materials").andExpect(status().isForbidden());
		upload(p.orgToken(), id, "M01", pdfPart("file")).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/review/applications"), p.enterpriseToken())).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/industries/status"), p.orgToken())).andExpect(status().isForbidden());
		assertThat(stateOf(view(p.enterpriseToken(), id))).isEqualTo("ACCEPTED");
	}

	@Test
	void anotherEnterpriseCanNeitherSeeNorTouchNorDownload() throws Exception {
		Parties p = parties();
		long id = applied(p, "FINANCE");
		ok(act(p.orgToken(), id, "accept"));
		String fileId = read(upload(p.enterpriseToken(), id, "M01", pdfPart("file")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("fileId").asText();

		String stranger = token(enterprise().username());
		mvc.perform(bearer(get("/api/v1/applications/" + id), stranger)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/files/" + fileId), stranger)).andExpect(status().isNotFound());
		act(stranger, id, "cancel").andExpect(status().isNotFound());
		upload(stranger, id, "M01", pdfPart("file")).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/applications"), stranger))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id==" + id + ")]").isEmpty());

		mvc.perform(bearer(get("/api/v1/files/" + fileId), p.enterpriseToken())).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/files/" + fileId), p.orgToken())).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/files/" + fileId), p.consultantToken())).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/files/" + fileId), token("admin"))).andExpect(status().isOk());
		// experts only once the case reached the final review; a reviewer only once assigned
		mvc.perform(bearer(get("/api/v1/files/" + fileId), p.expertToken())).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/files/" + fileId), p.reviewerToken())).andExpect(status().isNotFound());
		ok(act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)));
		mvc.perform(bearer(get("/api/v1/files/" + fileId), p.reviewerToken())).andExpect(status().isOk());
	}

	@Test
	void otherOrganisationsAndUnassignedReviewersSeeNothing() throws Exception {
		Parties p = parties();
		long id = applied(p, "TELECOM");
		AccountView otherOrg = account(Role.REVIEW_ORG, reviewOrg("JJJ").id());
		AccountView otherConsultant = account(Role.CONSULTANT, consultingOrg("JJJ").id());
		AccountView colleague = account(Role.REVIEWER, p.reviewOrg().id());
		act(token(otherOrg.username()), id, "accept").andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/applications/" + id), token(otherConsultant.username())))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/applications/" + id), p.expertToken())).andExpect(status().isNotFound());
		JsonNode consultantView = view(p.consultantToken(), id);
		assertThat(actions(consultantView)).isEmpty();

		ok(act(p.orgToken(), id, "accept"));
		uploadAll(p.enterpriseToken(), id);
		ok(act(p.enterpriseToken(), id, "submit-materials"));
		ok(act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)));
		act(token(colleague.username()), id, "doc-pass").andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/review/applications"), token(colleague.username())))
			.andExpect(jsonPath("$[?(@.id==" + id + ")]").isEmpty());
		mvc.perform(bearer(get("/api/v1/review/applications").param("status", "DOC_REVIEW"), p.reviewerToken()))
			.andExpect(jsonPath("$[?(@.id==" + id + ")]").exists());
		mvc.perform(bearer(get("/api/v1/review/applications"), p.consultantToken()))
			.andExpect(jsonPath("$[?(@.id==" + id + ")]").exists());
	}

	@Test
	void reviewReportReachesTheEnterpriseOnlyWithTheDecision() throws Exception {
		Parties p = parties();
		long id = inDocReview(p, "DEFENSE");
		String reportId = read(report(p.reviewerToken(), id).andReturn().getResponse().getContentAsString())
			.get("fileId").asText();
		mvc.perform(bearer(get("/api/v1/files/" + reportId), p.orgToken())).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/files/" + reportId), p.enterpriseToken())).andExpect(status().isNotFound());
		ok(act(p.reviewerToken(), id, "doc-fail", "{\"opinion\":\"见报告\",\"reportFileId\":\"" + reportId + "\"}"));
		mvc.perform(bearer(get("/api/v1/files/" + reportId), p.enterpriseToken())).andExpect(status().isOk());
	}

	@Test
	void adminFiltersAllApplicationsByRegionIndustryAndStatus() throws Exception {
		Parties p = parties();
		long id = applied(p, "ENERGY");
		String admin = token("admin");
		mvc.perform(bearer(get("/api/v1/review/applications").param("region", "110000").param("industry", "ENERGY")
			.param("status", "SUBMITTED"), admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id==" + id + ")]").exists())
			.andExpect(jsonPath("$[?(@.industry!='ENERGY')]").isEmpty());
		mvc.perform(bearer(get("/api/v1/review/applications").param("region", "440000"), admin))
			.andExpect(jsonPath("$[?(@.id==" + id + ")]").isEmpty());
		mvc.perform(bearer(get("/api/v1/review/applications").param("status", "ACCEPTED"), admin))
			.andExpect(jsonPath("$[?(@.id==" + id + ")]").isEmpty());
		mvc.perform(bearer(get("/api/v1/review/applications").param("status", "NOPE"), admin))
			.andExpect(status().isBadRequest());
	}
}
