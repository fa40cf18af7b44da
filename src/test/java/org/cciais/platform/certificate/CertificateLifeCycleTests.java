package org.cciais.platform.certificate;

import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.shared.HeldQualifications;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Suspension (暂停), restoration (恢复), the holder's cancellation (注销) and replacement by a renewal, over the API:
 * who may, what each status allows (409 otherwise), and what verification and level derivation then show.
 */
class CertificateLifeCycleTests extends PlatformTest {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateManagement management;

	@Autowired
	HeldQualifications held;

	@Autowired
	AuditQueries audit;

	@Test
	void adminSuspendsAndRestoresAValidCertificateWithReasonsInVerificationAndAudit() throws Exception {
		var enterprise = enterprise();
		CertificateView c = certified(enterprise.id(), Industry.FINANCE, Level.LEVEL_3);
		String admin = token("admin");

		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/suspend", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"被投诉，调查期间暂停\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUSPENDED"))
			.andExpect(jsonPath("$.statusReason").value("被投诉，调查期间暂停"));

		String suspended = mvc.perform(get("/api/v1/certificates/verify").param("number", c.number()))
			.andExpect(jsonPath("$.status").value("SUSPENDED"))
			.andExpect(jsonPath("$.statusLabel").value("暂停"))
			.andExpect(jsonPath("$.statusReason").value("被投诉，调查期间暂停"))
			.andExpect(jsonPath("$.history.length()").value(2))
			.andExpect(jsonPath("$.history[0].status").value("VALID"))
			.andExpect(jsonPath("$.history[0].reason").value("颁发证书"))
			.andExpect(jsonPath("$.history[1].status").value("SUSPENDED"))
			.andExpect(jsonPath("$.history[1].reason").value("被投诉，调查期间暂停"))
			// who changed it is not public
			.andExpect(jsonPath("$.history[1].actor").doesNotExist())
			.andReturn().getResponse().getContentAsString();

		// the words follow Accept-Language (the codes and the stored reasons stay as they are)
		mvc.perform(get("/api/v1/certificates/verify").param("number", c.number()).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.status").value("SUSPENDED"))
			.andExpect(jsonPath("$.statusLabel").value("Suspended"))
			.andExpect(jsonPath("$.history[0].statusLabel").value("Valid"))
			.andExpect(jsonPath("$.statusReason").value("被投诉，调查期间暂停"));
		// since the suspension, not since the issuance
		assertThat(read(suspended).get("statusSince").asText()).isEqualTo(read(suspended).at("/history/1/at").asText())
			.isNotEqualTo(read(suspended).at("/history/0/at").asText());
		mvc.perform(get("/verify").param("number", c.number()))
			.andExpect(content().string(containsString("该证书已被暂停")))
			.andExpect(content().string(containsString("被投诉，调查期间暂停")));

		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/restore", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"调查结束，投诉不成立\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.statusReason").doesNotExist());
		mvc.perform(get("/api/v1/certificates/verify").param("number", c.number()))
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.history.length()").value(3))
			.andExpect(jsonPath("$.history[2].reason").value("调查结束，投诉不成立"));

		assertThat(audit.forObject("certificate", c.id())).extracting(e -> e.action())
			.contains("certificate.suspend", "certificate.restore");
		assertThat(audit.forObject("certificate", c.id()))
			.anySatisfy(e -> {
				assertThat(e.action()).isEqualTo("certificate.suspend");
				assertThat(e.actor()).isEqualTo("admin");
				assertThat(e.role()).isEqualTo(Role.ADMIN);
				assertThat(e.detail()).contains("被投诉，调查期间暂停");
			});
		assertThat(management.history(c.id())).last()
			.satisfies(h -> assertThat(h.actor()).isEqualTo("admin"));
	}

	@Test
	void suspensionAndRestorationNeedAReasonTheAdminRoleAndTheRightStatus() throws Exception {
		var enterprise = enterprise();
		CertificateView c = certified(enterprise.id(), Industry.ENERGY, Level.LEVEL_3);
		String admin = token("admin");

		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/suspend", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"   \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/suspend", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + "长".repeat(201) + "\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/restore", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"本来就有效\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("证书当前状态为“有效”，只有暂停的证书可以恢复"));
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/suspend", c.id()), token(enterprise.username()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"自己暂停\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/suspend", Long.MAX_VALUE), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"不存在\"}"))
			.andExpect(status().isNotFound());
		assertThat(certificates.find(c.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);

		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/suspend", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"第一次\"}"))
			.andExpect(status().isOk());
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/suspend", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"第二次\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("证书当前状态为“暂停”，只有有效的证书可以暂停"));
		assertThat(management.history(c.id())).hasSize(2);
	}

	@Test
	void aSuspendedCertificateDoesNotCountAsHeldForTheNextLevelUntilRestored() throws Exception {
		var enterprise = enterprise();
		CertificateView c = certified(enterprise.id(), Industry.GOVERNMENT, Level.LEVEL_3);
		String token = token(enterprise.username());
		mvc.perform(bearer(get("/api/v1/industries/status"), token))
			.andExpect(jsonPath("$[?(@.industry=='GOVERNMENT')].nextLevel").value("LEVEL_2"));

		management.suspend(c.id(), "暂停", admin());
		assertThat(held.of(enterprise.id()).get(Industry.GOVERNMENT).valid()).isFalse();
		mvc.perform(bearer(get("/api/v1/industries/status"), token))
			.andExpect(jsonPath("$[?(@.industry=='GOVERNMENT')].currentLevel").value(org.hamcrest.Matchers.contains((Object) null)))
			.andExpect(jsonPath("$[?(@.industry=='GOVERNMENT')].nextLevel").value("LEVEL_3"));

		management.restore(c.id(), "恢复", admin());
		mvc.perform(bearer(get("/api/v1/industries/status"), token))
			.andExpect(jsonPath("$[?(@.industry=='GOVERNMENT')].nextLevel").value("LEVEL_2"));
	}

	@Test
	void enterpriseAsksToCancelAndTheAdminConfirmsSoTheIndustryStartsAgainFromLevelThree() throws Exception {
		var enterprise = enterprise();
		var other = enterprise();
		CertificateView c = certified(enterprise.id(), Industry.TELECOM, Level.LEVEL_2);
		String mine = token(enterprise.username());

		mvc.perform(bearer(post("/api/v1/certificates/{id}/cancellation", c.id()), token(other.username()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"不是我的\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(post("/api/v1/certificates/{id}/cancellation", c.id()), mine)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		String created = mvc.perform(bearer(post("/api/v1/certificates/{id}/cancellation", c.id()), mine)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"公司不再从事该行业业务\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.certificateNumber").value(c.number()))
			.andExpect(jsonPath("$.reason").value("公司不再从事该行业业务"))
			.andReturn().getResponse().getContentAsString();
		long requestId = read(created).get("id").asLong();
		mvc.perform(bearer(post("/api/v1/certificates/{id}/cancellation", c.id()), mine)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"再申请一次\"}"))
			.andExpect(status().isConflict());
		mvc.perform(bearer(get("/api/v1/certificate-requests"), mine))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].statusLabel").value("待协会处理"));
		mvc.perform(bearer(get("/api/v1/certificate-requests"), mine).header("Accept-Language", "en"))
			.andExpect(jsonPath("$[0].statusLabel").value("Waiting for the association"));
		// a request alone changes nothing
		assertThat(certificates.find(c.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);

		String admin = token("admin");
		mvc.perform(bearer(get("/api/v1/admin/certificate-requests").param("status", "PENDING"), admin))
			.andExpect(jsonPath("$[?(@.id==" + requestId + ")].enterpriseName").value(enterprise.name()));
		mvc.perform(bearer(post("/api/v1/admin/certificate-requests/{id}/confirm", requestId), mine)
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(post("/api/v1/admin/certificate-requests/{id}/confirm", requestId), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"同意注销\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.opinion").value("同意注销"));
		mvc.perform(bearer(post("/api/v1/admin/certificate-requests/{id}/decline", requestId), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"改主意了\"}"))
			.andExpect(status().isConflict());

		mvc.perform(get("/api/v1/certificates/verify").param("number", c.number()))
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.statusReason").value("企业申请注销：公司不再从事该行业业务"));
		mvc.perform(get("/verify").param("number", c.number()))
			.andExpect(content().string(containsString("该证书已注销")));
		mvc.perform(bearer(get("/api/v1/industries/status"), mine))
			.andExpect(jsonPath("$[?(@.industry=='TELECOM')].nextLevel").value("LEVEL_3"));
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/suspend", c.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"已注销的不能暂停\"}"))
			.andExpect(status().isConflict());
		mvc.perform(bearer(post("/api/v1/certificates/{id}/cancellation", c.id()), mine)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"再次注销\"}"))
			.andExpect(status().isConflict());
		assertThat(audit.forObject("certificate", c.id())).extracting(e -> e.action())
			.contains("certificate.cancel.request", "certificate.cancel");
	}

	@Test
	void aDeclinedCancellationNeedsAnOpinionAndLeavesTheCertificateValid() throws Exception {
		var enterprise = enterprise();
		CertificateView c = certified(enterprise.id(), Industry.COMMERCE, Level.LEVEL_3);
		var request = management.requestCancellation(c.id(), "想注销", enterprise.principal());
		String admin = token("admin");

		mvc.perform(bearer(post("/api/v1/admin/certificate-requests/{id}/decline", request.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		mvc.perform(bearer(post("/api/v1/admin/certificate-requests/{id}/decline", request.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"opinion\":\"尚有在履行的服务合同\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		assertThat(certificates.find(c.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
		// once decided, the enterprise may ask again
		assertThat(management.requestCancellation(c.id(), "再次申请", enterprise.principal()).status())
			.isEqualTo(CertificateRequestStatus.PENDING);
	}

	@Test
	void aReplacedCertificatePointsAtItsSuccessorInVerification() throws Exception {
		var enterprise = enterprise();
		CertificateView old = certified(enterprise.id(), Industry.PUBLIC_SERVICE, Level.LEVEL_1);
		CertificateView successor = certified(enterprise.id(), Industry.PUBLIC_SERVICE, Level.LEVEL_1);

		management.markReplaced(old.id(), successor.id());
		// a redelivered event changes nothing
		management.markReplaced(old.id(), successor.id());

		mvc.perform(get("/api/v1/certificates/verify").param("number", old.number()))
			.andExpect(jsonPath("$.status").value("REPLACED"))
			.andExpect(jsonPath("$.replacedBy").value(successor.number()))
			.andExpect(jsonPath("$.statusReason").value("已换发新证书 " + successor.number()))
			.andExpect(jsonPath("$.history.length()").value(2));
		mvc.perform(get("/verify").param("number", old.number()))
			.andExpect(content().string(containsString("已换发新证书")))
			.andExpect(content().string(containsString("/verify?number=" + successor.number())));
		assertThat(held.of(enterprise.id()).get(Industry.PUBLIC_SERVICE).certificateNumber())
			.isEqualTo(successor.number());
	}

	@Test
	void theStatusHistorySaysThePlatformsOwnWordsInTheReadersLanguageAndTypedReasonsAsTyped() throws Exception {
		var enterprise = enterprise();
		CertificateView revoked = certified(enterprise.id(), Industry.FINANCE, Level.LEVEL_3);
		CertificateView old = certified(enterprise.id(), Industry.ENERGY, Level.LEVEL_3);
		CertificateView successor = certified(enterprise.id(), Industry.ENERGY, Level.LEVEL_3);
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/revoke", revoked.id()), token("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"材料造假\"}"))
			.andExpect(status().isOk());
		management.markReplaced(old.id(), successor.id());

		mvc.perform(get("/api/v1/certificates/verify").param("number", revoked.number()))
			.andExpect(jsonPath("$.history[0].reason").value("颁发证书"))
			.andExpect(jsonPath("$.history[1].reason").value("协会撤销：材料造假"))
			.andExpect(jsonPath("$.statusReason").value("协会撤销：材料造假"));
		mvc.perform(get("/api/v1/certificates/verify").param("number", revoked.number())
				.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.history[0].reason").value("Certificate issued"))
			.andExpect(jsonPath("$.history[1].reason").value("Revoked by the association: 材料造假"))
			.andExpect(jsonPath("$.statusReason").value("Revoked by the association: 材料造假"));
		mvc.perform(get("/verify").param("number", revoked.number()).param("lang", "en"))
			.andExpect(content().string(containsString(
					"<span>Reason: </span><span data-user>Revoked by the association: 材料造假</span>")));
		mvc.perform(get("/api/v1/certificates/verify").param("number", old.number()).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.history[1].reason").value("Replaced by the new certificate " + successor.number()));

		mvc.perform(get("/verify").param("number", old.number()).param("lang", "en"))
			.andExpect(content().string(containsString("Certificate issued")))
			.andExpect(content().string(containsString("Replaced by the new certificate " + successor.number())));
		mvc.perform(get("/verify").param("number", old.number()))
			.andExpect(content().string(containsString("<span>颁发证书</span>")))
			.andExpect(content().string(containsString("已换发新证书 " + successor.number())));
		// the audit log keeps its Chinese record
		assertThat(audit.forObject("certificate", revoked.id())).extracting(AuditQueries.Entry::detail)
			.contains("协会撤销：材料造假");
	}

	/** The lists say why a certificate is not valid in the reader's language too; the sheets keep the Chinese. */
	@Test
	void theListsSayWhyACertificateIsNotValidInTheReadersLanguage() throws Exception {
		var enterprise = enterprise();
		CertificateView revoked = certified(enterprise.id(), Industry.FINANCE, Level.LEVEL_3);
		CertificateView suspended = certified(enterprise.id(), Industry.ENERGY, Level.LEVEL_3);
		String admin = token("admin");
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/revoke", revoked.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"材料造假\"}"))
			.andExpect(status().isOk());
		mvc.perform(bearer(post("/api/v1/admin/certificates/{id}/suspend", suspended.id()), admin)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"被投诉，调查期间暂停\"}"))
			.andExpect(status().isOk());
		String mine = token(enterprise.username());

		mvc.perform(bearer(get("/api/v1/certificates"), mine).header("Accept-Language", "en"))
			.andExpect(jsonPath("$[?(@.id == %d)].statusReason", revoked.id())
				.value("Revoked by the association: 材料造假"))
			.andExpect(jsonPath("$[?(@.id == %d)].statusReason", suspended.id()).value("被投诉，调查期间暂停"));
		mvc.perform(bearer(get("/api/v1/certificates"), mine))
			.andExpect(jsonPath("$[?(@.id == %d)].statusReason", revoked.id()).value("协会撤销：材料造假"));
		mvc.perform(bearer(get("/api/v1/admin/certificates").param("q", revoked.number()), admin)
				.header("Accept-Language", "en"))
			.andExpect(jsonPath("$[0].statusReason").value("Revoked by the association: 材料造假"));
		mvc.perform(get("/enterprise/certificates").param("lang", "en")
				.cookie(org.cciais.platform.testing.PageSessions.login(mvc, enterprise.username(), PASSWORD)))
			.andExpect(content().string(containsString(">Revoked by the association: 材料造假</div>")));
		// what the sheets print and the audit log keeps stays the Chinese record
		assertThat(certificates.find(revoked.id()).orElseThrow().invalidReason()).isEqualTo("协会撤销：材料造假");
	}

	@Test
	void aSuccessorOfAnotherEnterpriseOrIndustryReplacesNothing() {
		var enterprise = enterprise();
		CertificateView old = certified(enterprise.id(), Industry.PUBLIC_SERVICE, Level.LEVEL_2);
		CertificateView otherIndustry = certified(enterprise.id(), Industry.FINANCE, Level.LEVEL_2);
		CertificateView otherEnterprise = certified(enterprise().id(), Industry.PUBLIC_SERVICE, Level.LEVEL_2);

		assertThatThrownBy(() -> management.markReplaced(old.id(), otherIndustry.id()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> management.markReplaced(old.id(), otherEnterprise.id()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(certificates.find(old.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	void anApprovedRenewalOfACertificateRevokedMeanwhileIssuesTheNewOneAndLeavesTheOldRevoked() {
		var enterprise = enterprise();
		CertificateView old = certified(enterprise.id(), Industry.COMMERCE, Level.LEVEL_2);
		management.revoke(old.id(), "违规经营", admin());
		var org = reviewOrg("JJJ");
		var renewal = Approvals.approval(enterprise.id(), Industry.COMMERCE, Level.LEVEL_2, org.id(), null,
				clock.instant());

		long renewed = issuance.issue(new ApplicationApproved(renewal.applicationId(), renewal.enterpriseId(),
				renewal.industry(), renewal.level(), renewal.reviewOrgId(), null, renewal.approvedAt(), old.id()));

		assertThat(certificates.find(renewed).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
		assertThat(certificates.find(old.id()).orElseThrow().status()).isEqualTo(CertificateStatus.INVALID);
		assertThat(certificates.find(old.id()).orElseThrow().replacedById()).isNull();
	}

	private CertificateView certified(long enterpriseId, Industry industry, Level level) {
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, enterpriseId, industry, level, org.id(), null, clock.instant());
		return certificates.find(id).orElseThrow();
	}
}
