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
				lines.add(key + "=<中文摘要> / <English summary>   # " + info);
			}
		});
		assertThat(lines).as("operations without a summary or tag: add these lines to " + ApiOperationTable.FILE)
			.isEmpty();
	}

	@Test
	void everyPropertyOfAJsonRequestBodyHasAnExampleValue() throws Exception {
		document();
		assertThat(examples.missing())
			.as("properties of JSON request bodies without an example value: add 'name=value' lines for them to "
					+ RequestExamples.FILE)
			.isEmpty();
	}
}
