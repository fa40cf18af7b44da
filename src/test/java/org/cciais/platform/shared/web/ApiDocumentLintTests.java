package org.cciais.platform.shared.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cciais.platform.testing.NpmTool;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /v3/api-docs} passes Redocly's recommended rules (src/test/redocly: the CLI pinned in package-lock.json,
 * {@code redocly.yaml}) with no error and no warning. The document is written to {@code target/openapi.json}, the
 * report to {@code target/redocly-lint.json}.
 */
class ApiDocumentLintTests extends PlatformTest {

	private static final Path TOOL = Path.of("src/test/redocly").toAbsolutePath();

	@Test
	void theDocumentPassesRedoclyLint() throws Exception {
		Path redocly = NpmTool.binary(TOOL, "redocly", "OpenAPI lint");
		Path document = Path.of("target/openapi.json").toAbsolutePath();
		Files.createDirectories(document.getParent());
		Files.writeString(document, mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Path report = Path.of("target/redocly-lint.json").toAbsolutePath();
		Process lint = new ProcessBuilder(redocly.toString(), "lint", document.toString(), "--config",
				TOOL.resolve("redocly.yaml").toString(), "--format=json", "--max-problems=1000")
			.directory(TOOL.toFile())
			.redirectOutput(report.toFile())
			.redirectError(Path.of("target/redocly-lint.log").toAbsolutePath().toFile())
			.start();
		assertThat(lint.waitFor(3, TimeUnit.MINUTES)).as("redocly lint finished").isTrue();
		JsonNode result = json.readTree(Files.readString(report));
		List<String> problems = new ArrayList<>();
		result.path("problems").forEach(p -> problems.add(p.path("severity").asText() + " " + p.path("ruleId").asText()
				+ " at " + p.path("location").path(0).path("pointer").asText() + ": " + p.path("message").asText()));
		assertThat(problems).as("Redocly problems in target/openapi.json (see target/redocly-lint.json)").isEmpty();
		assertThat(result.path("totals").path("errors").asInt(-1)).isZero();
		assertThat(lint.exitValue()).isZero();
	}
}
