package org.cciais.platform.certificate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 查询中心 (public verification), status changes as everybody sees them, and the association's revocation. */
class CertificateVerificationTests extends PlatformTest {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateManagement certificateManagement;

	@Autowired
	AuditQueries audit;

	@Test
	void anyoneVerifiesACertificateByItsNumberWithoutLoggingIn() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		CertificateView c = certified(enterprise.id(), Industry.FINANCE, org.id());

		mvc.perform(get("/api/v1/certificates/verify").param("number", c.number().toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(c.number()))
			.andExpect(jsonPath("$.enterpriseName").value(enterprise.name()))
			.andExpect(jsonPath("$.industry").value("FINANCE"))
			.andExpect(jsonPath("$.level").value("LEVEL_3"))
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.issuedOn").value(c.issuedOn().toString()))
			.andExpect(jsonPath("$.expiresOn").value(c.expiresOn().toString()))
			// nothing that the certificate does not print, and no internal ids
			.andExpect(jsonPath("$.id").doesNotExist())
			.andExpect(jsonPath("$.enterpriseId").doesNotExist())
			.andExpect(jsonPath("$.applicationId").doesNotExist());
	}

	@Test
	void unknownNumberIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/certificates/verify").param("number", "MIITCCCAIS-999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/certificates/verify")).andExpect(status().isBadRequest());
	}

	@Test
	void verifiesByEnterpriseNameExactOrPrefix() throws Exception {
		var enterprise = enterprise();
		var other = enterprise();
		var org = reviewOrg("JJJ");
		CertificateView a = certified(enterprise.id(), Industry.FINANCE, org.id());
		CertificateView b = certified(enterprise.id(), Industry.ENERGY, org.id());
		certified(other.id(), Industry.FINANCE, org.id());

		mvc.perform(get("/api/v1/certificates/verify").param("name", enterprise.name()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.number=='" + a.number() + "')].industry").value("FINANCE"))
			.andExpect(jsonPath("$[?(@.number=='" + b.number() + "')].industry").value("ENERGY"));
		String prefix = enterprise.name().substring(0, enterprise.name().length() - 4); // without 有限公司
		mvc.perform(get("/api/v1/certificates/verify").param("name", prefix))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		// wildcards are taken literally: they do not list every certificate
		mvc.perform(get("/api/v1/certificates/verify").param("name", "%%"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/certificates/verify").param("name", "测"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void revocationByTheAssociationShowsAsInvalidWithItsReasonEverywhere() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		CertificateView c = certified(enterprise.id(), Industry.GOVERNMENT, org.id());

		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/revoke", c.id()), token("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"提供虚假材料\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INVALID"))
			.andExpect(jsonPath("$.statusReason").value(containsString("提供虚假材料")));

		mvc.perform(get("/api/v1/certificates/verify").param("number", c.number()))
			.andExpect(jsonPath("$.status").value("INVALID"))
			.andExpect(jsonPath("$.statusReason").value(containsString("提供虚假材料")));
		mvc.perform(bearer(get("/api/v1/certificates"), token(enterprise.username())))
			.andExpect(jsonPath("$[0].status").value("INVALID"))
			.andExpect(jsonPath("$[0].statusReason").value(containsString("提供虚假材料")));
		mvc.perform(get("/verify").param("number", c.number()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("失效")))
			.andExpect(content().string(containsString("提供虚假材料")));
		Cookie[] session = WebLogin.as(mvc, enterprise.username(), PASSWORD);
		mvc.perform(get("/enterprise/certificates").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(c.number())))
			.andExpect(content().string(containsString("text-bg-danger")))
			.andExpect(content().string(containsString("提供虚假材料")));
		assertThat(audit.forObject("certificate", c.id()))
			.anySatisfy(e -> {
				assertThat(e.action()).isEqualTo("certificate.invalidate");
				assertThat(e.actor()).isEqualTo("admin");
				assertThat(e.role()).isEqualTo(Role.ADMIN);
				assertThat(e.detail()).contains("提供虚假材料");
			});
	}

	@Test
	void revocationNeedsAReasonAValidCertificateAndTheAdminRole() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		CertificateView c = certified(enterprise.id(), Industry.TELECOM, org.id());
		String admin = token("admin");

		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/revoke", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/revoke", c.id()), token(enterprise.username()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"自行撤销\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/revoke", Long.MAX_VALUE), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"不存在\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/revoke", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"第一次\"}"))
			.andExpect(status().isOk());
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/revoke", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"第二次\"}"))
			.andExpect(status().isConflict());
		assertThat(certificates.find(c.id()).orElseThrow().invalidReason()).contains("第一次");
	}

	@Test
	void adminSearchesAndRevokesOnTheCertificatesPage() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		CertificateView c = certified(enterprise.id(), Industry.COMMERCE, org.id());
		Cookie[] admin = WebLogin.as(mvc, "admin", "admin-test-pass-1");

		mvc.perform(get("/admin/certificates").param("q", enterprise.name()).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(c.number())))
			.andExpect(content().string(containsString("撤销")));
		mvc.perform(get("/api/v1/admin/certificates").param("q", c.number().toLowerCase()).header("Authorization",
				"Bearer " + token("admin")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].enterpriseName").value(enterprise.name()));

		mvc.perform(post("/admin/certificates/{id}/revoke", c.id()).param("reason", "").cookie(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(certificates.find(c.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);

		mvc.perform(post("/admin/certificates/{id}/revoke", c.id()).param("reason", "年检材料造假").cookie(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(certificates.find(c.id()).orElseThrow().status()).isEqualTo(CertificateStatus.INVALID);
		mvc.perform(get("/admin/certificates").param("q", c.number()).param("status", "INVALID").cookie(admin))
			.andExpect(content().string(containsString("年检材料造假")));

		Cookie[] enterpriseSession = WebLogin.as(mvc, enterprise.username(), PASSWORD);
		mvc.perform(get("/admin/certificates").cookie(enterpriseSession)).andExpect(status().isForbidden());
	}

	@Test
	void expiryShowsInVerificationAndInTheEnterpriseList() throws Exception {
		if (MonthDay.now(clock).equals(MonthDay.of(2, 29))) {
			clock.advance(Duration.ofDays(1));
		}
		var enterprise = enterprise();
		registration.markApplicationSubmitted(enterprise.id());
		var org = reviewOrg("JJJ");
		var threeYearsAgo = LocalDate.now(clock).minusYears(3).atTime(9, 0).atZone(PlatformClock.ZONE).toInstant();
		long id = Approvals.certify(issuance, enterprise.id(), Industry.PUBLIC_SERVICE, Level.LEVEL_3, org.id(), null,
				threeYearsAgo);
		String number = certificates.find(id).orElseThrow().number();
		mvc.perform(get("/api/v1/certificates/verify").param("number", number))
			.andExpect(jsonPath("$.status").value("VALID"));

		// only the expiry job: the back-dated certificate's never-submitted inspections would otherwise lapse it
		clock.advance(Duration.ofDays(1));
		certificateManagement.expireDue();

		mvc.perform(get("/api/v1/certificates/verify").param("number", number))
			.andExpect(jsonPath("$.status").value("EXPIRED"));
		mvc.perform(bearer(get("/api/v1/certificates"), token(enterprise.username())))
			.andExpect(jsonPath("$[0].status").value("EXPIRED"));
		mvc.perform(get("/verify").param("number", number))
			.andExpect(content().string(containsString("已过期")));
	}

	@Test
	void verificationPageFindsByNumberAndByName() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		CertificateView c = certified(enterprise.id(), Industry.ENERGY, org.id());

		mvc.perform(get("/verify").param("number", c.number()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(enterprise.name())))
			.andExpect(content().string(containsString("能源")))
			.andExpect(content().string(containsString("有效")))
			// the credit code and address are on the 副本 but not part of the public answer
			.andExpect(content().string(not(containsString(c.copy().creditCode()))));
		mvc.perform(get("/verify").param("name", enterprise.name().substring(0, 8)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(c.number())));
		mvc.perform(get("/verify").param("number", "MIITCCCAIS-000000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未查询到")));
		mvc.perform(get("/verify")).andExpect(status().isOk()).andExpect(content().string(containsString("证书编号")));
	}

	@Test
	void enterpriseCertificatesPageOffersOriginalAndCopyPreviewAndDownload() throws Exception {
		var enterprise = enterprise();
		var other = enterprise();
		var org = reviewOrg("JJJ");
		CertificateView c = certified(enterprise.id(), Industry.FINANCE, org.id());
		Cookie[] session = WebLogin.as(mvc, enterprise.username(), PASSWORD);

		mvc.perform(get("/enterprise/certificates").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(c.number())))
			.andExpect(content().string(containsString("/enterprise/certificates/" + c.id() + "/original.pdf")))
			.andExpect(content().string(containsString("/enterprise/certificates/" + c.id() + "/copy.pdf?download=true")));
		byte[] pdf = mvc.perform(get("/enterprise/certificates/{id}/copy.pdf", c.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfReading.text(pdf)).contains(enterprise.name(), c.number());
		mvc.perform(get("/enterprise/certificates/{id}/original.pdf", c.id()).param("download", "true").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")));

		Cookie[] otherSession = WebLogin.as(mvc, other.username(), PASSWORD);
		mvc.perform(get("/enterprise/certificates/{id}/original.pdf", c.id()).cookie(otherSession))
			.andExpect(status().isNotFound());
		mvc.perform(get("/enterprise/certificates").cookie(otherSession))
			.andExpect(content().string(not(containsString(c.number()))));
	}

	private CertificateView certified(long enterpriseId, Industry industry, long reviewOrgId) {
		long id = Approvals.certify(issuance, enterpriseId, industry, Level.LEVEL_3, reviewOrgId, null,
				clock.instant());
		return certificates.find(id).orElseThrow();
	}
}
