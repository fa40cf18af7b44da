package org.cciais.platform.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document is complete for integrators (issue 11, item 5): every operation has its bilingual summary
 * and tag from the table, the bearer scheme where it is protected, its real success code, its problem responses and
 * examples for JSON bodies; the resolved caller is no parameter. A new endpoint without a line in the table fails
 * here with the line to add.
 */
class ApiDocumentationTests extends PlatformTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApiOperationTable table;

	@Autowired
	RequestExamples examples;

	private JsonNode document() throws Exception {
		return json.readTree(mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void everyApiHandlerHasASummaryAndATagInTheTable() {
		Set<String> lines = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (info.getPatternValues().stream().noneMatch(p -> p.startsWith("/api/"))) {
				return;
			}
			String controller = handler.getBeanType().getSimpleName();
			if (table.tag(controller) == null) {
				lines.add(controller + "=<中文分组> / <English tag>");
			}
			String key = ApiOperationTable.key(handler);
			if (table.summary(key) == null) {
				lines.add("# " + info + "\n" + key + "=<中文摘要> / <English summary>");
			}
		});
		assertThat(lines).as("operations without a summary or tag: add these lines to %s%n%s%n", ApiOperationTable.FILE,
				String.join("\n", lines))
			.isEmpty();
	}

	/** The words a view carries in the reader's language are a string in the JSON, so in the document too. */
	@Test
	void labelsInTheReadersLanguageAreStrings() throws Exception {
		JsonNode schemas = document().get("components").get("schemas");
		assertThat(schemas.get("ChangeView").get("properties").get("statusLabel").get("type").asText())
			.isEqualTo("string");
		assertThat(schemas.get("InspectionView").get("properties").get("statusLabel").get("type").asText())
			.isEqualTo("string");
		assertThat(schemas.has("LocalText")).isFalse();
		assertThat(schemas.has("MessageSourceResolvable")).isFalse();
	}

	@Test
	void everyPropertyOfAJsonRequestBodyHasAnExampleValue() throws Exception {
		document();
		assertThat(examples.missing())
			.as("properties of JSON request bodies without an example value: add 'name=value' lines for them to "
					+ RequestExamples.FILE)
			.isEmpty();
	}

	@Test
	void operationsAnswerTheirRealSuccessCodes() throws Exception {
		JsonNode paths = document().get("paths");
		assertThat(paths.at("/~1api~1v1~1applications/post/responses").propertyNames())
			.containsExactly("201", "400", "401", "403", "409");
		assertThat(paths.at("/~1api~1v1~1personnel~1{id}/delete/responses").propertyNames())
			.containsExactly("204", "400", "401", "403", "404", "409");
		assertThat(paths.at("/~1api~1v1~1me~1password/post/responses").has("204")).isTrue();
		assertThat(paths.at("/~1api~1v1~1password-reset/post/responses").has("202")).isTrue();
		assertThat(paths.at("/~1api~1v1~1certificates~1{id}~1cancellation/post/responses").has("201")).isTrue();
		assertThat(paths.at("/~1api~1v1~1applications~1{id}/get/responses").propertyNames())
			.containsExactly("200", "400", "401", "403", "404");
		assertThat(paths.at("/~1api~1v1~1applications~1{id}~1materials~1{code}/put/responses").propertyNames())
			.containsExactly("200", "400", "401", "403", "404", "409", "413", "415");
		assertThat(paths.at("/~1api~1v1~1applications~1{id}/get/responses/200/content").propertyNames())
			.containsExactly("application/json");
		assertThat(paths.at("/~1api~1v1~1certificates~1{id}~1original.pdf/get/responses/200/content").propertyNames())
			.containsExactly("application/pdf");
		assertThat(paths.at("/~1api~1v1~1files~1{id}/get/responses/200/content").propertyNames())
			.containsExactly("application/octet-stream");
	}

	@Test
	void publicOperationsNeedNoTokenAndEveryOtherOneTheBearerScheme() throws Exception {
		JsonNode doc = document();
		assertThat(doc.at("/components/securitySchemes/bearer/type").asText()).isEqualTo("http");
		assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
		assertThat(doc.at("/security/0").has("bearer")).isTrue();
		List<String> open = new ArrayList<>();
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			JsonNode security = op.getValue().get("security");
			if (security != null && security.isEmpty()) {
				open.add(op.getKey().toUpperCase() + " " + path.getKey());
			}
		}));
		// (contains, not containsExactly: a branch adding a public endpoint need not edit this test)
		assertThat(open).doesNotContain("POST /api/v1/applications", "GET /api/v1/me", "GET /api/v1/admin/jobs",
				"GET /api/v1/admin/notices", "POST /api/v1/personnel", "GET /api/v1/files/{id}");
		assertThat(open).contains("POST /api/v1/auth/token", "POST /api/v1/password-reset",
				"POST /api/v1/password-reset/confirm", "POST /api/v1/registrations/person",
				"POST /api/v1/registrations/enterprise", "GET /api/v1/certificates/verify",
				"POST /api/v1/certificates/verify", "GET /api/v1/notices", "GET /api/v1/notices/{id}",
				"GET /api/v1/reference/regions", "GET /api/v1/reference/industries", "GET /api/v1/reference/materials",
				"GET /api/v1/reference/organizations");
		assertThat(doc.at("/paths/~1api~1v1~1auth~1token/post/responses").propertyNames())
			.containsExactly("200", "400", "401", "409", "429");
	}

	@Test
	void summariesAndTagsAreInChineseAndEnglishAndTheCallerIsNoParameter() throws Exception {
		JsonNode doc = document();
		assertThat(doc.at("/paths/~1api~1v1~1applications/post/summary").asText())
			.isEqualTo("提交申请 / Submit an application");
		assertThat(doc.at("/paths/~1api~1v1~1applications/post/tags/0").asText())
			.isEqualTo("资质申请 / Applications");
		List<String> parameters = new ArrayList<>();
		List<String> notBilingual = new ArrayList<>();
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			op.getValue().path("parameters").forEach(p -> parameters.add(p.path("name").asText()));
			String summary = op.getValue().path("summary").asText();
			String tag = op.getValue().path("tags").path(0).asText();
			if (!summary.matches(".*\\p{IsHan}.* / [A-Za-z].*") || !tag.matches(".*\\p{IsHan}.* / [A-Za-z].*")) {
				notBilingual.add(path.getKey() + ": " + summary + " | " + tag);
			}
		}));
		assertThat(notBilingual).isEmpty();
		assertThat(parameters).doesNotContain("me", "principal").contains("id", "status");
	}

	@Test
	void problemsAreDescribedWithTheirTypeCodeAndRetryAfter() throws Exception {
		JsonNode components = document().get("components");
		assertThat(components.at("/responses/Conflict/content/application~1problem+json/schema/$ref").asText())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(components.at("/responses/Conflict/content/application~1problem+json/example/type").asText())
			.isEqualTo("https://cciais.org/problems/invalid-state");
		assertThat(components.at("/responses/TooManyRequests/headers/Retry-After/$ref").asText())
			.isEqualTo("#/components/headers/Retry-After");
		assertThat(components.at("/schemas/Problem/properties/code/enum").valueStream().map(JsonNode::asText))
			.contains("VALIDATION_FAILED", "NOT_FOUND", "INVALID_STATE", "PAYLOAD_TOO_LARGE", "TOO_MANY_REQUESTS");
		assertThat(document().at("/paths/~1api~1v1~1applications~1{id}~1rectifications/post/requestBody/content"
				+ "/multipart~1form-data/example/file").asText()).isEqualTo("（整改材料 RAR 文件内容 / the rectification RAR's bytes）");
		assertThat(document().at("/paths/~1api~1v1~1applications/post/requestBody/content/application~1json/example")
			.toString()).isEqualTo("{\"industry\":\"GOVERNMENT\",\"reviewOrgId\":12,\"consultingOrgId\":34,"
					+ "\"kind\":\"INITIAL\"}");
	}
}
