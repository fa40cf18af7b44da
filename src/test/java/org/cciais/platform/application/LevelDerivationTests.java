package org.cciais.platform.application;

import java.time.Duration;
import java.time.Instant;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Figure 7 and DESIGN.md: the level is derived, never chosen and never skipped: no certificate → 三级, a valid 三级
 * → 二级, a valid 二级 → 一级, a valid 一级 → nothing; an open application shows 申请中 and blocks a second one.
 */
class LevelDerivationTests extends ApplicationTestSupport {

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateManagement certificateManagement;

	@Autowired
	CertificateIssuance issuance;

	@Test
	void aNewEnterpriseAppliesForLevelThreeInEveryIndustryOneAtATime() throws Exception {
		Parties p = parties();
		JsonNode table = read(mvc.perform(bearer(get("/api/v1/industries/status"), p.enterpriseToken()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(table.size()).isEqualTo(8);
		for (JsonNode row : table) {
			assertThat(row.get("currentLevel").isNull()).isTrue();
			assertThat(row.get("nextLevel").asText()).isEqualTo("LEVEL_3");
			assertThat(row.get("inProgress").asBoolean()).isFalse();
			assertThat(row.get("scope").asText()).startsWith("服务范围：");
		}
		long id = applied(p, "GOVERNMENT");
		mvc.perform(bearer(get("/api/v1/industries/status"), p.enterpriseToken()))
			.andExpect(jsonPath("$[0].industry").value("GOVERNMENT"))
			.andExpect(jsonPath("$[0].inProgress").value(true))
			.andExpect(jsonPath("$[0].openApplicationId").value(id))
			.andExpect(jsonPath("$[1].inProgress").value(false));
		apply(p, "GOVERNMENT").andExpect(status().isConflict());
		assertThat(read(apply(p, "FINANCE").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("level").asText()).isEqualTo("LEVEL_3");
	}

	@Test
	void afterTheCertificateIsIssuedTheNextApplicationIsLevelTwo() throws Exception {
		Parties p = parties();
		long id = inFinalReview(p, "COMMERCE");
		ok(act(p.expertToken(), id, "approve"));
		await().atMost(Duration.ofSeconds(20)).until(() -> certificates.byApplication(id).isPresent());
		mvc.perform(bearer(get("/api/v1/industries/status"), p.enterpriseToken()))
			.andExpect(jsonPath("$[?(@.industry=='COMMERCE')].currentLevel").value("LEVEL_3"))
			.andExpect(jsonPath("$[?(@.industry=='COMMERCE')].nextLevel").value("LEVEL_2"))
			.andExpect(jsonPath("$[?(@.industry=='COMMERCE')].inProgress").value(false));
		assertThat(read(apply(p, "COMMERCE").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("level").asText()).isEqualTo("LEVEL_2");
	}

	@Test
	void aValidLevelTwoLeadsToLevelOneAndAValidLevelOneToNothing() throws Exception {
		Parties p = parties();
		issue(p, Industry.ENERGY, Level.LEVEL_2);
		issue(p, Industry.DEFENSE, Level.LEVEL_1);
		mvc.perform(bearer(get("/api/v1/industries/status"), p.enterpriseToken()))
			.andExpect(jsonPath("$[?(@.industry=='ENERGY')].nextLevel").value("LEVEL_1"))
			.andExpect(jsonPath("$[?(@.industry=='DEFENSE')].currentLevel").value("LEVEL_1"))
			.andExpect(jsonPath("$[?(@.industry=='DEFENSE')].nextLevel").value(org.hamcrest.Matchers.contains(
					org.hamcrest.Matchers.nullValue())));
		apply(p, "DEFENSE").andExpect(status().isConflict());
		assertThat(read(apply(p, "ENERGY").andReturn().getResponse().getContentAsString()).get("level").asText())
			.isEqualTo("LEVEL_1");
	}

	@Test
	void aLapsedCertificateIsShownAsSuchAndTheIndustryStartsOverAtLevelThree() throws Exception {
		Parties p = parties();
		long certificate = issue(p, Industry.TELECOM, Level.LEVEL_2);
		certificateManagement.lapse(certificate, "年检未提交", admin());
		mvc.perform(bearer(get("/api/v1/industries/status"), p.enterpriseToken()))
			.andExpect(jsonPath("$[?(@.industry=='TELECOM')].currentLevel").value(org.hamcrest.Matchers.contains(
					org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$[?(@.industry=='TELECOM')].certificateLevel").value("LEVEL_2"))
			.andExpect(jsonPath("$[?(@.industry=='TELECOM')].certificateStatus").value("INVALID"))
			.andExpect(jsonPath("$[?(@.industry=='TELECOM')].nextLevel").value("LEVEL_3"));
	}

	/** A certificate as the certificate module issues it on approval (for levels that need earlier cycles). */
	private long issue(Parties p, Industry industry, Level level) {
		long fakeApplicationId = -Math.abs(System.nanoTime() % 1_000_000_000L);
		return issuance.issue(new ApplicationApproved(fakeApplicationId, p.enterprise().id(), industry, level,
				p.reviewOrg().id(), p.consultingOrg().id(), Instant.now(clock)));
	}
}
