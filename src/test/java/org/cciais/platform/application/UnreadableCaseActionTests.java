package org.cciais.platform.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every action on a case the caller may not read answers like a case that does not exist: never a 409 that tells
 * the case's state (an expert used to learn 「当前状态 已提交」 of cases it cannot open).
 */
class UnreadableCaseActionTests extends ApplicationTestSupport {

	private static final long MISSING = 987_654_321L;

	private static final List<String> ACTIONS = List.of("accept", "return", "resubmit", "cancel", "submit-materials",
			"assign-reviewer", "doc-pass", "doc-fail", "schedule-onsite", "onsite-pass", "onsite-fail",
			"propose-termination", "confirm-termination", "decline-termination", "org-confirm", "approve", "reject");

	/** Status and detail of every action endpoint on the case, by endpoint. */
	private Map<String, String> answers(String token, long id) throws Exception {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String action : ACTIONS) {
			answers.put(action, answer(mvc.perform(bearer(post("/api/v1/applications/" + id + "/actions/" + action),
					token).contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"意见\"}")).andReturn()));
		}
		answers.put("PUT", answer(mvc.perform(bearer(put("/api/v1/applications/" + id), token)
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn()));
		answers.put("material", answer(mvc.perform(multipart(HttpMethod.PUT,
				"/api/v1/applications/" + id + "/materials/" + catalog.materials().get(0).code()).file(pdfPart("file"))
			.header("Authorization", "Bearer " + token)).andReturn()));
		answers.put("rectification", answer(rectify(token, id, rarPart("file")).andReturn()));
		answers.put("report", answer(report(token, id).andReturn()));
		return answers;
	}

	private String answer(MvcResult result) throws Exception {
		JsonNode body = read(result.getResponse().getContentAsString());
		return result.getResponse().getStatus() + " " + body.path("detail").asText();
	}

	@Test
	void everyRoleGetsForEveryActionOnACaseItMayNotReadWhatItGetsForACaseThatDoesNotExist() throws Exception {
		Parties p = parties();
		long submitted = applied(p, "FINANCE");
		Map<String, String> outsiders = new LinkedHashMap<>();
		outsiders.put("expert", p.expertToken());
		outsiders.put("other enterprise", token(enterprise().username()));
		outsiders.put("other review organisation", token(account(Role.REVIEW_ORG, reviewOrg("JJJ").id()).username()));
		outsiders.put("unassigned reviewer", token(account(Role.REVIEWER, p.reviewOrg().id()).username()));
		outsiders.put("other consultant", token(account(Role.CONSULTANT, consultingOrg("JJJ").id()).username()));

		List<String> conflicts = new ArrayList<>();
		for (var outsider : outsiders.entrySet()) {
			Map<String, String> onTheCase = answers(outsider.getValue(), submitted);
			Map<String, String> onNothing = answers(outsider.getValue(), MISSING);
			assertThat(onTheCase).as(outsider.getKey()).isEqualTo(onNothing);
			onTheCase.forEach((endpoint, answer) -> {
				if (!answer.startsWith("404 ") && !answer.startsWith("403 ")) {
					conflicts.add(outsider.getKey() + " " + endpoint + ": " + answer);
				}
			});
		}
		assertThat(conflicts).isEmpty();
	}

	@Test
	void anExpertActingOnACaseBeforeTheFinalReviewGetsNotFoundNotItsState() throws Exception {
		Parties p = parties();
		long id = applied(p, "ENERGY");
		act(p.expertToken(), id, "approve").andExpect(status().isNotFound());
		act(p.expertToken(), id, "reject", "{\"opinion\":\"不通过\"}").andExpect(status().isNotFound());

		ok(act(p.orgToken(), id, "accept"));
		act(p.expertToken(), id, "approve").andExpect(status().isNotFound());
		// the party who may read it still learns why it cannot act now
		act(p.orgToken(), id, "accept").andExpect(status().isConflict());
	}
}
