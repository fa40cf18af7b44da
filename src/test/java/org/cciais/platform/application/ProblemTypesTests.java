package org.cciais.platform.application;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every problem+json carries a stable {@code type} URI and a machine-readable {@code code} per kind of error (and,
 * for a platform refusal, the {@code reason} it applies), beside the unchanged {@code title}, {@code status},
 * {@code detail}, {@code instance} and {@code errors} (docs/API.md, "Problem types"). 429 with {@code Retry-After}
 * is asserted in RegistrationThrottleTests.
 */
class ProblemTypesTests extends ApplicationTestSupport {

	@Test
	void invalidInputIsValidationFailedWithTheFieldsAndTheRule() throws Exception {
		Parties p = parties();
		apply(p, "NO_SUCH_INDUSTRY").andExpect(status().isBadRequest())
			.andExpect(problem("https://cciais.org/problems/validation-failed", "VALIDATION_FAILED"))
			.andExpect(jsonPath("$.reason").value("application.industry.required"))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.instance").value("/api/v1/applications"))
			.andExpect(jsonPath("$.errors[0].field").value("industry"));

		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"\",\"password\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(problem("https://cciais.org/problems/validation-failed", "VALIDATION_FAILED"))
			.andExpect(jsonPath("$.reason").doesNotExist());
	}

	@Test
	void unreadableJsonAndBrokenEncodingsAreMalformedRequests() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{"))
			.andExpect(status().isBadRequest())
			.andExpect(problem("https://cciais.org/problems/malformed-request", "MALFORMED_REQUEST"))
			.andExpect(jsonPath("$.detail").value("请求内容无法解析，请检查 JSON 格式与字段类型。"));
	}

	@Test
	void aWrongMethodOrContentTypeIsToldApart() throws Exception {
		mvc.perform(put("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(problem("https://cciais.org/problems/method-not-allowed", "METHOD_NOT_ALLOWED"));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("admin"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(problem("https://cciais.org/problems/unsupported-media-type", "UNSUPPORTED_MEDIA_TYPE"));
	}

	@Test
	void noTokenIsUnauthenticatedAndTheWrongRoleForbidden() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(problem("https://cciais.org/problems/unauthenticated", "UNAUTHENTICATED"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("请先登录（缺少或无效的登录凭证）"));

		Parties p = parties();
		mvc.perform(bearer(get("/api/v1/admin/jobs"), p.enterpriseToken()))
			.andExpect(status().isForbidden())
			.andExpect(problem("https://cciais.org/problems/forbidden", "FORBIDDEN"));
	}

	@Test
	void anotherEnterprisesApplicationIsNotFound() throws Exception {
		Parties owner = parties();
		long id = applied(owner, "FINANCE");
		Parties stranger = parties();
		mvc.perform(bearer(get("/api/v1/applications/" + id), stranger.enterpriseToken()))
			.andExpect(status().isNotFound())
			.andExpect(problem("https://cciais.org/problems/not-found", "NOT_FOUND"))
			.andExpect(jsonPath("$.instance").value("/api/v1/applications/" + id));
	}

	@Test
	void anActionTheStateDoesNotAllowIsInvalidState() throws Exception {
		Parties p = parties();
		long id = applied(p, "ENERGY");
		ok(act(p.enterpriseToken(), id, "cancel"));
		act(p.enterpriseToken(), id, "cancel").andExpect(status().isConflict())
			.andExpect(problem("https://cciais.org/problems/invalid-state", "INVALID_STATE"))
			.andExpect(jsonPath("$.reason").value("application.action.state"))
			.andExpect(jsonPath("$.detail").value("当前状态（已取消）下不能执行“取消申请”。"));
	}

	@Test
	void aDuplicateDeclarationIsDuplicate() throws Exception {
		Parties p = parties();
		String relationship = "{\"consultingOrgId\":" + p.consultingOrg().id() + ",\"note\":\"同一集团\"}";
		postJson(p.orgToken(), "/api/v1/review-org/relationships", relationship).andExpect(status().isCreated());
		postJson(p.orgToken(), "/api/v1/review-org/relationships", relationship).andExpect(status().isConflict())
			.andExpect(problem("https://cciais.org/problems/duplicate", "DUPLICATE"))
			.andExpect(jsonPath("$.reason").value("organization.relationship.duplicate"));
	}

	@Test
	void aFileOverTheLimitIsPayloadTooLarge() throws Exception {
		Parties p = parties();
		long id = accepted(p, "TELECOM");
		MockMultipartFile huge = new MockMultipartFile("file", "big.pdf", MediaType.APPLICATION_PDF_VALUE, pdf()) {
			@Override
			public long getSize() {
				return 100L * 1024 * 1024 + 1;
			}
		};
		upload(p.enterpriseToken(), id, "M03", huge).andExpect(status().isPayloadTooLarge())
			.andExpect(problem("https://cciais.org/problems/payload-too-large", "PAYLOAD_TOO_LARGE"))
			.andExpect(jsonPath("$.reason").value("error.fileTooLarge"));
	}

	private org.springframework.test.web.servlet.ResultActions postJson(String token, String path, String body)
			throws Exception {
		return mvc.perform(bearer(post(path), token).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** A problem+json of that {@code type} and {@code code}. */
	private static ResultMatcher problem(String type, String code) {
		return result -> {
			content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
			jsonPath("$.type").value(type).match(result);
			jsonPath("$.code").value(code).match(result);
		};
	}
}
