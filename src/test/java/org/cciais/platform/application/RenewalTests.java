package org.cciais.platform.application;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.inspection.InspectionManagement;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 items 1, 2 and 4 (manual 4 "有效期截止当年需重新申请"): from 12 months before a certificate's expiry until its
 * expiry day the enterprise may renew it at the same level through the same workflow; approval issues a successor
 * and the renewed certificate becomes REPLACED. Certificates are issued back-dated so that their expiry day falls
 * where each boundary needs it; no deadline job but the certificate expiry runs here.
 */
class RenewalTests extends ApplicationTestSupport {

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateManagement certificateManagement;

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	InspectionManagement inspections;

	private LocalDate today() {
		return LocalDate.now(clock.withZone(PlatformClock.ZONE));
	}

	/** A VALID certificate of the enterprise whose expiry day is {@code expiresOn} (issued three years before). */
	private CertificateView certificateExpiringOn(Parties p, Industry industry, Level level, LocalDate expiresOn) {
		LocalDate issuedOn = expiresOn.minusYears(3);
		long id = issuance.issue(new ApplicationApproved(-Math.abs(System.nanoTime() % 1_000_000_000L),
				p.enterprise().id(), industry, level, p.reviewOrg().id(), p.consultingOrg().id(),
				ZonedDateTime.of(issuedOn, LocalTime.of(10, 0), PlatformClock.ZONE).toInstant()));
		CertificateView c = certificates.find(id).orElseThrow();
		assertThat(c.expiresOn()).isEqualTo(expiresOn);
		return c;
	}

	private ResultActions applyFor(Parties p, String industry, String kind) throws Exception {
		return mvc.perform(bearer(post("/api/v1/applications"), p.enterpriseToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"industry\":\"" + industry + "\",\"kind\":\"" + kind + "\",\"reviewOrgId\":" + p.reviewOrg().id()
					+ ",\"consultingOrgId\":" + p.consultingOrg().id() + "}"));
	}

	private JsonNode row(Parties p, String industry) throws Exception {
		for (JsonNode row : ok(mvc.perform(bearer(get("/api/v1/industries/status"), p.enterpriseToken())))) {
			if (row.get("industry").asText().equals(industry)) {
				return row;
			}
		}
		throw new AssertionError(industry);
	}

	@Test
	void theRenewalWindowIsTwelveMonthsBeforeExpiryUntilTheExpiryDay() throws Exception {
		Parties p = parties();
		LocalDate today = today();
		certificateExpiringOn(p, Industry.GOVERNMENT, Level.LEVEL_2, today.plusMonths(12).plusDays(1));
		CertificateView opening = certificateExpiringOn(p, Industry.FINANCE, Level.LEVEL_2, today.plusMonths(12));
		CertificateView lastDay = certificateExpiringOn(p, Industry.TELECOM, Level.LEVEL_3, today);
		certificateExpiringOn(p, Industry.ENERGY, Level.LEVEL_2, today.minusDays(1));

		JsonNode tooEarly = row(p, "GOVERNMENT");
		assertThat(tooEarly.get("renewable").asBoolean()).isFalse();
		assertThat(tooEarly.get("renewalLevel").isNull()).isTrue();
		applyFor(p, "GOVERNMENT", "RENEWAL").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("起方可提交")));

		JsonNode open = row(p, "FINANCE");
		assertThat(open.get("renewable").asBoolean()).isTrue();
		assertThat(open.get("renewalLevel").asText()).isEqualTo("LEVEL_2");
		JsonNode renewal = read(applyFor(p, "FINANCE", "RENEWAL").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(renewal.get("kind").asText()).isEqualTo("RENEWAL");
		assertThat(renewal.get("level").asText()).isEqualTo("LEVEL_2");
		assertThat(renewal.get("renewsCertificateId").asLong()).isEqualTo(opening.id());
		assertThat(row(p, "FINANCE").get("renewable").asBoolean()).isFalse();
		// one open application per industry: not an upgrade besides
		applyFor(p, "FINANCE", "UPGRADE").andExpect(status().isConflict());

		assertThat(row(p, "TELECOM").get("renewalLevel").asText()).isEqualTo("LEVEL_3");
		assertThat(read(applyFor(p, "TELECOM", "RENEWAL").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("renewsCertificateId").asLong()).isEqualTo(lastDay.id());

		assertThat(row(p, "ENERGY").get("renewable").asBoolean()).isFalse();
		applyFor(p, "ENERGY", "RENEWAL").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("到期，不能再续期")));
	}

	@Test
	void onlyAValidCertificateIsRenewedAndAnUnknownKindIsRefused() throws Exception {
		Parties p = parties();
		CertificateView revoked = certificateExpiringOn(p, Industry.COMMERCE, Level.LEVEL_2, today().plusMonths(3));
		certificateManagement.lapse(revoked.id(), "协会撤销：测试", admin());
		applyFor(p, "COMMERCE", "RENEWAL").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(
					"证书 " + revoked.number() + " 当前状态为“失效”，只有有效的证书可以续期。"));
		applyFor(p, "MANUFACTURING", "RENEWAL").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("工业行业没有资质证书，不能申请续期。"));
		applyFor(p, "MANUFACTURING", "SOMETHING").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void inTheLastYearTheEnterpriseMayUpgradeInsteadAndAnInitialApplicationIsRefused() throws Exception {
		Parties p = parties();
		certificateExpiringOn(p, Industry.PUBLIC_SERVICE, Level.LEVEL_2, today().plusMonths(6));
		JsonNode row = row(p, "PUBLIC_SERVICE");
		assertThat(row.get("nextLevel").asText()).isEqualTo("LEVEL_1");
		assertThat(row.get("renewalLevel").asText()).isEqualTo("LEVEL_2");
		applyFor(p, "PUBLIC_SERVICE", "INITIAL").andExpect(status().isConflict());
		JsonNode upgrade = read(applyFor(p, "PUBLIC_SERVICE", "UPGRADE").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(upgrade.get("kind").asText()).isEqualTo("UPGRADE");
		assertThat(upgrade.get("level").asText()).isEqualTo("LEVEL_1");
		assertThat(upgrade.get("renewsCertificateId").isNull()).isTrue();
	}

	@Test
	void aLevelOneHolderRenewsItsLevelAndWithoutAKindStillGetsNothingToApplyFor() throws Exception {
		Parties p = parties();
		certificateExpiringOn(p, Industry.DEFENSE, Level.LEVEL_1, today().plusMonths(2));
		JsonNode row = row(p, "DEFENSE");
		assertThat(row.get("nextLevel").isNull()).isTrue();
		assertThat(row.get("renewable").asBoolean()).isTrue();
		assertThat(row.get("renewalLevel").asText()).isEqualTo("LEVEL_1");
		apply(p, "DEFENSE").andExpect(status().isConflict());
		assertThat(read(applyFor(p, "DEFENSE", "RENEWAL").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("level").asText()).isEqualTo("LEVEL_1");
	}

	/**
	 * Accepted on the expiry day, approved after it: the renewal keeps the level, the successor is issued on the
	 * approval day for three years with its annual inspections, and the renewed certificate is REPLACED.
	 */
	@Test
	void aRenewalAcceptedBeforeExpiryAndApprovedAfterItKeepsTheLevel() throws Exception {
		Parties p = parties();
		CertificateView old = certificateExpiringOn(p, Industry.DEFENSE, Level.LEVEL_1, today());
		long id = read(applyFor(p, "DEFENSE", "RENEWAL").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		ok(act(p.orgToken(), id, "accept"));
		uploadAll(p.enterpriseToken(), id);
		ok(act(p.enterpriseToken(), id, "submit-materials"));
		ok(act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)));
		ok(act(p.reviewerToken(), id, "doc-pass"));
		ok(act(p.reviewerToken(), id, "schedule-onsite", "{\"onsiteDate\":\"" + today().plusDays(1) + "\"}"));
		ok(act(p.reviewerToken(), id, "onsite-pass"));
		ok(act(p.orgToken(), id, "org-confirm"));

		clock.advance(Duration.ofDays(2));
		certificateManagement.expireDue();
		assertThat(certificates.find(old.id()).orElseThrow().status()).isEqualTo(CertificateStatus.EXPIRED);
		Parties later = refreshed(p);
		LocalDate approvalDay = today();
		ok(act(later.expertToken(), id, "approve"));

		await().atMost(Duration.ofSeconds(20)).until(() -> certificates.byApplication(id).isPresent());
		CertificateView successor = certificates.byApplication(id).orElseThrow();
		assertThat(successor.level()).isEqualTo(Level.LEVEL_1);
		assertThat(successor.status()).isEqualTo(CertificateStatus.VALID);
		assertThat(successor.number()).isNotEqualTo(old.number()).startsWith("MIITCCCAIS-");
		assertThat(successor.issuedOn()).isEqualTo(approvalDay);
		assertThat(successor.expiresOn()).isEqualTo(approvalDay.plusYears(3));
		CertificateView replaced = certificates.find(old.id()).orElseThrow();
		assertThat(replaced.status()).isEqualTo(CertificateStatus.REPLACED);
		assertThat(replaced.replacedById()).isEqualTo(successor.id());
		await().atMost(Duration.ofSeconds(20)).until(() -> inspections.ofCertificate(successor.id()).size() == 2);

		mvc.perform(get("/api/v1/certificates/verify").param("number", old.number()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REPLACED"))
			.andExpect(jsonPath("$.replacedBy").value(successor.number()))
			.andExpect(jsonPath("$.statusReason").value("已换发新证书 " + successor.number()));
		String page = mvc.perform(get("/verify").param("number", old.number()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("已换发新证书").contains(successor.number());
		JsonNode row = row(later, "DEFENSE");
		assertThat(row.get("currentLevel").asText()).isEqualTo("LEVEL_1");
		assertThat(row.get("certificateNumber").asText()).isEqualTo(successor.number());
		assertThat(row.get("renewable").asBoolean()).isFalse();
	}

	@Test
	void aRenewalNotAcceptedByTheExpiryDayCanNoLongerBeAccepted() throws Exception {
		Parties p = parties();
		certificateExpiringOn(p, Industry.MANUFACTURING, Level.LEVEL_2, today());
		long id = read(applyFor(p, "MANUFACTURING", "RENEWAL").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		clock.advance(Duration.ofDays(1));
		Parties later = refreshed(p);
		assertThat(actions(view(later.orgToken(), id))).containsExactly("return");
		act(later.orgToken(), id, "accept").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("续期申请须在原证书有效期届满")));
		assertThat(stateOf(view(later.enterpriseToken(), id))).isEqualTo("SUBMITTED");
		assertThat(actions(view(later.enterpriseToken(), id))).containsExactly("cancel");
	}
}
