package org.cciais.platform.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.certificate.CertificateQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Figure 5 from start to finish through the API, every role doing its step. */
class ApplicationHappyPathTests extends ApplicationTestSupport {

	@Autowired
	AuditQueries audit;

	@Autowired
	CertificateQueries certificates;

	@Test
	void enterpriseIsCertifiedAfterEveryRoleDidItsStep() throws Exception {
		Parties p = parties();

		JsonNode created = read(apply(p, "GOVERNMENT").andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("LEVEL_3"))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.reviewOrg.id").value(p.reviewOrg().id()))
			.andExpect(jsonPath("$.consultingOrg.id").value(p.consultingOrg().id()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		long id = created.get("id").asLong();
		assertThat(actions(created)).containsExactly("cancel");
		assertThat(actions(view(p.orgToken(), id))).containsExactlyInAnyOrder("accept", "return");

		JsonNode accepted = ok(act(p.orgToken(), id, "accept", "{\"opinion\":\"受理\"}"));
		assertThat(stateOf(accepted)).isEqualTo("ACCEPTED");
		assertThat(accepted.get("materialsDueAt").isNull()).isFalse();
		assertThat(actions(view(p.enterpriseToken(), id))).containsExactlyInAnyOrder("cancel", "upload-material");

		uploadAll(p.enterpriseToken(), id);
		assertThat(actions(view(p.enterpriseToken(), id))).containsExactlyInAnyOrder("upload-material",
				"submit-materials");
		assertThat(stateOf(ok(act(p.enterpriseToken(), id, "submit-materials")))).isEqualTo("DOC_REVIEW");
		assertThat(actions(view(p.enterpriseToken(), id))).isEmpty();

		ok(act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)));
		assertThat(actions(view(p.reviewerToken(), id))).containsExactlyInAnyOrder("upload-report", "doc-pass",
				"doc-fail", "propose-termination");
		String reportId = read(report(p.reviewerToken(), id).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("fileId").asText();
		assertThat(stateOf(ok(act(p.reviewerToken(), id, "doc-pass",
				"{\"opinion\":\"文件审核通过\",\"reportFileId\":\"" + reportId + "\"}")))).isEqualTo("ONSITE_REVIEW");

		assertThat(actions(view(p.reviewerToken(), id))).doesNotContain("onsite-pass").contains("schedule-onsite");
		LocalDate onsite = LocalDate.now(clock).plusDays(5);
		JsonNode scheduled = ok(act(p.reviewerToken(), id, "schedule-onsite", "{\"onsiteDate\":\"" + onsite + "\"}"));
		assertThat(scheduled.get("onsiteDate").asText()).isEqualTo(onsite.toString());
		assertThat(stateOf(ok(act(p.reviewerToken(), id, "onsite-pass", "{\"opinion\":\"现场审核通过\"}"))))
			.isEqualTo("ORG_CONFIRMATION");
		assertThat(stateOf(ok(act(p.orgToken(), id, "org-confirm", "{\"opinion\":\"确认\"}")))).isEqualTo("FINAL_REVIEW");

		assertThat(actions(view(p.expertToken(), id))).containsExactlyInAnyOrder("approve", "reject");
		mvc.perform(bearer(get("/api/v1/review/applications").param("status", "FINAL_REVIEW"), p.expertToken()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id==" + id + ")]").exists());
		JsonNode approved = ok(act(p.expertToken(), id, "approve", "{\"opinion\":\"同意颁证\"}"));
		assertThat(stateOf(approved)).isEqualTo("CERTIFIED");

		List<String> steps = approved.get("history").valueStream().map(h -> h.get("action").asText()).toList();
		assertThat(steps).containsExactly("submit", "accept", "submit-materials", "assign-reviewer", "doc-pass",
				"schedule-onsite", "onsite-pass", "org-confirm", "approve");
		JsonNode last = approved.get("history").get(8);
		assertThat(last.get("from").asText()).isEqualTo("FINAL_REVIEW");
		assertThat(last.get("to").asText()).isEqualTo("CERTIFIED");
		assertThat(last.get("role").asText()).isEqualTo("EXPERT");
		assertThat(last.get("actor").asText()).isEqualTo(p.expert().username());
		assertThat(last.get("opinion").asText()).isEqualTo("同意颁证");
		assertThat(approved.get("history").get(4).get("reportFileId").asText()).isEqualTo(reportId);

		assertThat(audit.forObject("application", id)).extracting(AuditQueries.Entry::action)
			.contains("application.submit", "application.accept", "application.submit-materials",
					"application.assign-reviewer", "application.doc-pass", "application.schedule-onsite",
					"application.onsite-pass", "application.org-confirm", "application.approve");

		// the consultant follows read-only; the certificate module issued on the approval
		JsonNode consultantView = view(p.consultantToken(), id);
		assertThat(actions(consultantView)).isEmpty();
		await().atMost(Duration.ofSeconds(20)).until(() -> certificates.byApplication(id).isPresent());
		assertThat(certificates.byApplication(id).orElseThrow().level().name()).isEqualTo("LEVEL_3");
	}

	@Test
	void thePlatformsOwnWordsInTheHistoryAreInTheReadersLanguageAndWhatWasTypedAsTyped() throws Exception {
		Parties p = parties();
		long id = materialsSubmitted(p, "GOVERNMENT");
		ok(act(p.orgToken(), id, "assign-reviewer",
				"{\"reviewerId\":" + p.reviewer().id() + ",\"opinion\":\"请尽快审核\"}"));
		ok(act(p.reviewerToken(), id, "doc-pass", "{\"opinion\":\"材料齐全\"}"));
		String onsite = LocalDate.now(clock).plusDays(3).toString();
		ok(act(p.reviewerToken(), id, "schedule-onsite", "{\"onsiteDate\":\"" + onsite + "\"}"));
		String name = p.reviewer().displayName();

		JsonNode chinese = view(p.enterpriseToken(), id).get("history");
		assertThat(opinionOf(chinese, "assign-reviewer")).isEqualTo("指派评审员：" + name + "。请尽快审核");
		assertThat(opinionOf(chinese, "doc-pass")).isEqualTo("材料齐全");
		assertThat(opinionOf(chinese, "schedule-onsite")).isEqualTo("现场审核日期：" + onsite);

		JsonNode english = ok(mvc.perform(bearer(get("/api/v1/applications/" + id), p.enterpriseToken())
			.header("Accept-Language", "en"))).get("history");
		assertThat(opinionOf(english, "assign-reviewer")).isEqualTo("Reviewer assigned: " + name + ". 请尽快审核");
		assertThat(opinionOf(english, "doc-pass")).isEqualTo("材料齐全");
		assertThat(opinionOf(english, "schedule-onsite")).isEqualTo("On-site review date: " + onsite);
	}

	private static String opinionOf(JsonNode history, String action) {
		return history.valueStream()
			.filter(h -> h.get("action").asString().equals(action))
			.findFirst()
			.orElseThrow()
			.get("opinion")
			.asString();
	}

	@Test
	void theWorkflowIsInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/applications/{id}/actions/{action}'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/applications/{id}/materials/{code}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/industries/status'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/review/applications'].get").exists());
	}

	@Test
	void aPersonHasNoApplications() throws Exception {
		var person = account(org.cciais.platform.shared.Role.PERSON, null);
		mvc.perform(bearer(get("/api/v1/applications"), token(person.username()))).andExpect(status().isForbidden());
	}
}
