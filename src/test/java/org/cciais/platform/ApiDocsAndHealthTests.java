package org.cciais.platform;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI document and its browsable UI (API.md), and the health check that says the platform is ready. */
class ApiDocsAndHealthTests extends PlatformTest {

	@Test
	void openApiDocumentListsTheFoundationEndpoints() throws Exception {
		String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(doc).contains("/api/v1/registrations/enterprise", "/api/v1/registrations/person",
				"/api/v1/me/profile", "/api/v1/me/password", "/api/v1/admin/organizations", "/api/v1/admin/accounts",
				"/api/v1/admin/accounts/{username}/password-reset", "/api/v1/admin/clock", "/api/v1/notices",
				"/api/v1/password-reset");
	}

	@Test
	void swaggerUiAnswers() throws Exception {
		String location = mvc.perform(get("/swagger-ui.html")).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).contains("/swagger-ui/index.html");
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void healthIsUp() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}
}
