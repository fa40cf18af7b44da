package org.cciais.platform.application;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.application.internal.ApplicationMetrics;
import org.cciais.platform.testing.PageSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13 item 7: {@code /actuator/prometheus}, for the ADMIN only, shows the business metrics after the thing
 * they count has happened (and the usual JVM, HTTP and Hikari ones).
 */
class BusinessMetricsTests extends ApplicationTestSupport {

	@Autowired
	ApplicationMetrics applicationMetrics;

	@Test
	void thePrometheusPageShowsApplicationsTransitionsUploadsDeadlineJobsAndLoginFailures() throws Exception {
		Parties p = parties();
		long id = applied(p, "ENERGY");
		ok(act(p.orgToken(), id, "accept"));
		upload(p.enterpriseToken(), id, "M01", pdfPart("file")).andExpect(status().isOk());
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		upload(p.enterpriseToken(), id, "M02", new MockMultipartFile("file", "x.pdf", "application/pdf", png))
			.andExpect(status().isUnsupportedMediaType());
		PageSessions.attempt(mvc, p.enterprise().username(), "wrong-password", PageSessions.ownAddress());
		mvc.perform(bearer(post("/api/v1/admin/clock"), token("admin")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"advance\":\"PT1M\"}")).andExpect(status().isOk());
		applicationMetrics.refresh();

		String metrics = prometheus(PageSessions.login(mvc, "admin", "admin-test-pass-1"));

		assertThat(metrics).containsPattern("(?m)^cciais_applications\\{[^}]*state=\"ACCEPTED\"[^}]*\\} [1-9]")
			.containsPattern("(?m)^cciais_application_transitions_total\\{[^}]*action=\"accept\"[^}]*\\} [1-9]")
			.containsPattern("(?m)^cciais_uploads_total\\{[^}]*\\} [1-9]")
			.containsPattern("(?m)^cciais_upload_bytes_total\\{[^}]*\\} [1-9]")
			.containsPattern("(?m)^cciais_upload_refusals_total\\{[^}]*reason=\"unsupported_kind\"[^}]*\\} [1-9]")
			.containsPattern("(?m)^cciais_login_failures_total\\{[^}]*channel=\"page\"[^}]*\\} [1-9]")
			.containsPattern("(?m)^cciais_deadline_job_seconds_count\\{[^}]*job=\"MaterialsDeadlineJob\"[^}]*\\} [1-9]")
			.containsPattern("(?m)^cciais_deadline_job_items_total\\{[^}]*job=\"MaterialsDeadlineJob\"")
			.contains("jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds_count");
	}

	@Test
	void onlyTheAdminReadsTheMetrics() throws Exception {
		Parties p = parties();
		Cookie enterprise = PageSessions.login(mvc, p.enterprise().username(), PASSWORD);
		mvc.perform(get("/actuator/prometheus").cookie(enterprise)).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
	}

	private String prometheus(Cookie session) throws Exception {
		return mvc.perform(get("/actuator/prometheus").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
