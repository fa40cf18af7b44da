package org.cciais.platform.shared.web;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.testing.NodeHttp;
import org.cciais.platform.testing.OperatorConfiguredTest;
import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Once an operator exposes more actuator endpoints (metrics here), only ADMIN reads them; health stays public. */
class ActuatorAccessTests extends OperatorConfiguredTest {

	@Test
	void onlyAdminReadsMetrics() throws Exception {
		Cookie enterprise = login(enterprise().username(), PASSWORD);
		mvc.perform(get("/actuator/metrics").cookie(enterprise)).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/info").cookie(enterprise)).andExpect(status().isForbidden());
		mvc.perform(get("/actuator").cookie(enterprise)).andExpect(status().isForbidden());

		Cookie admin = login("admin", "admin-test-pass-1");
		mvc.perform(get("/actuator/metrics").cookie(admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.names").isArray());
	}

	@Test
	void anonymousCallersGetNoMetricsButHealth() throws Exception {
		mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	/** A log-in over HTTP, not MockMvc's csrf(), which would change this shared context's filter chain for good. */
	private Cookie login(String username, String password) throws Exception {
		return new Cookie("SESSION", new NodeHttp(port).login(username, password));
	}
}
