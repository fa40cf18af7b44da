package org.cciais.platform;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApplicationSmokeTests extends PlatformTest {

	@Test
	void homePageRendersForAnonymousVisitors() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
	}

	@Test
	void registeredEnterpriseGetsATokenAndSeesItself() throws Exception {
		var enterprise = enterprise();
		String token = token(enterprise.username());
		mvc.perform(bearer(get("/api/v1/me"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(enterprise.username()))
			.andExpect(jsonPath("$.role").value("ENTERPRISE"));
	}

	@Test
	void badJsonIsAProblemNotAServerError() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void wrongPasswordIs401() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"password\":\"nope-nope-nope\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void referenceDataIsPublic() throws Exception {
		mvc.perform(get("/api/v1/reference/regions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(31))
			.andExpect(jsonPath("$[?(@.code=='110000')].group").value("JJJ"));
		mvc.perform(get("/api/v1/reference/materials"))
			.andExpect(jsonPath("$.length()").value(18))
			.andExpect(jsonPath("$[13].required").value(false));
	}

	@Test
	void authorisedOrganisationsFollowTheRegionGroup() throws Exception {
		var jjj = reviewOrg("JJJ");
		var south = reviewOrg("SOUTH");
		String body = mvc.perform(get("/api/v1/reference/organizations").param("type", "REVIEW").param("region", "130000"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(body).contains(jjj.name()).doesNotContain(south.name());
	}
}
