package org.cciais.platform.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may see and do what: another enterprise or review organisation gets 404, a wrong role 403. */
class InspectionAccessTests extends InspectionTestSupport {

	@Test
	void anotherEnterpriseCannotSeeOrActOnOurInspections() throws Exception {
		Certified ours = certifiedOn(LocalDate.of(2016, 7, 20));
		EnterpriseFixture other = enterprise();
		registration.markApplicationSubmitted(other.id());
		moveTo(LocalDateTime.of(2017, 7, 5, 9, 0));
		String token = tokenOf(other);
		long id = ours.firstInspection();

		mvc.perform(bearer(get("/api/v1/inspections"), token)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) id))));
		getInspection(id, token).andExpect(status().isNotFound());
		upload(id, "I01", token).andExpect(status().isNotFound());
		submit(id, "{}", token).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/inspections/{id}/rectifications", id).file(rarPart("file"))
			.header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());

		// and our own uploads stay ours
		String ourToken = tokenOf(ours.enterprise());
		uploadAll(id, ourToken, BASE_MATERIALS);
		String file = inspection(id).materials().get(0).fileId().toString();
		mvc.perform(bearer(get("/api/v1/files/{f}", file), token)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/files/{f}", file), ourToken)).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/files/{f}", file), token("admin"))).andExpect(status().isOk());
	}

	@Test
	void onlyTheCertificatesReviewOrganisationReviewsIt() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		var otherOrg = reviewOrg("JJJ");
		var otherAccount = account(Role.REVIEW_ORG, otherOrg.id());
		submitFirstInspection(c, LocalDateTime.of(2017, 7, 5, 9, 0));
		long id = c.firstInspection();
		String other = tokenOf(otherAccount);
		String file = inspection(id).materials().get(0).fileId().toString();

		mvc.perform(bearer(get("/api/v1/inspections"), other)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) id))));
		getInspection(id, other).andExpect(status().isNotFound());
		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/pass", id), other)).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/inspections/{id}/reports", id).file(pdfPart("file"))
			.header("Authorization", "Bearer " + other)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/files/{f}", file), other)).andExpect(status().isNotFound());

		String own = tokenOf(c.reviewOrgAccount());
		getInspection(id, own).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/files/{f}", file), own)).andExpect(status().isOk());
	}

	@Test
	void eachRoleMayOnlyDoItsOwnPart() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		submitFirstInspection(c, LocalDateTime.of(2017, 7, 5, 9, 0));
		long id = c.firstInspection();
		String enterprise = tokenOf(c.enterprise());
		String org = tokenOf(c.reviewOrgAccount());
		String consultant = tokenOf(account(Role.CONSULTANT, consultingOrg("JJJ").id()));

		mvc.perform(bearer(post("/api/v1/inspections/{id}/actions/pass", id), enterprise)
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/inspections/{id}/reports", id).file(pdfPart("file"))
			.header("Authorization", "Bearer " + enterprise)).andExpect(status().isForbidden());
		submit(id, "{}", org).andExpect(status().isForbidden());
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/inspections/{id}/materials/I01", id).file(pdfPart("file"))
			.header("Authorization", "Bearer " + org)).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/inspections"), consultant)).andExpect(status().isForbidden());
		getInspection(id, consultant).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/inspections")).andExpect(status().isUnauthorized());
		getInspection(id, token("admin")).andExpect(status().isOk());
	}

	@Test
	void theEnterpriseReadsAReviewReportOnlyOnceADecisionRefersToIt() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		submitFirstInspection(c, LocalDateTime.of(2017, 7, 5, 9, 0));
		var org = principal(c.reviewOrgAccount());
		var report = inspections.uploadReport(c.firstInspection(), pdfPart("file"), org);
		String enterprise = tokenOf(c.enterprise());

		mvc.perform(bearer(get("/api/v1/files/{f}", report), enterprise)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/files/{f}", report), tokenOf(c.reviewOrgAccount()))).andExpect(status().isOk());
		inspections.fail(c.firstInspection(), new ReviewDecision("缺少盖章", report, null), org);
		mvc.perform(bearer(get("/api/v1/files/{f}", report), enterprise)).andExpect(status().isOk());
	}
}
