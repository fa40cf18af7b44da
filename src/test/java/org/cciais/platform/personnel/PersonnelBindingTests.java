package org.cciais.platform.personnel;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.certificate.Approvals;
import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.WebLogin;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PersonalDataCipher;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 人员管理 (manual 3.6.2, 3.6.3): binding engineers by 身份证号 under the manual's conditions, and unbinding. */
@ExtendWith(OutputCaptureExtension.class)
class PersonnelBindingTests extends PlatformTest {

	@Autowired
	EngineerManagement registry;

	@Autowired
	PersonnelManagement personnel;

	@Autowired
	EnterpriseQueries enterprises;

	@Autowired
	AuditQueries audit;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateManagement certificateManagement;

	record Registered(long id, String idNumber, String certificateNumber, String name) {

		String masked() {
			return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
		}
	}

	@Test
	void bindsAnEngineerRecommendedByTheEnterpriseAndListsItMasked(CapturedOutput output) throws Exception {
		var enterprise = enterprise();
		Registered engineer = registered(enterprise.id(), false);
		String token = token(enterprise.username());

		String body = bind(token, engineer.idNumber())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(engineer.id()))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(engineer.idNumber());

		mvc.perform(bearer(get("/api/v1/personnel"), token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(engineer.id()))
			.andExpect(jsonPath("$[0].name").value(engineer.name()))
			.andExpect(jsonPath("$[0].idNumberMasked").value(engineer.masked()))
			.andExpect(jsonPath("$[0].certificateNumber").value(engineer.certificateNumber()))
			.andExpect(jsonPath("$[0].boundOn").value(java.time.LocalDate.now(clock).toString()))
			.andExpect(content().string(not(containsString(engineer.idNumber()))));
		assertThat(audit.forObject("engineer", engineer.id()))
			.anySatisfy(e -> {
				assertThat(e.action()).isEqualTo("personnel.bind");
				assertThat(e.actor()).isEqualTo(enterprise.username());
				assertThat(e.detail()).contains(engineer.masked()).doesNotContain(engineer.idNumber());
			});
		assertThat(output.getAll()).doesNotContain(engineer.idNumber());
	}

	@Test
	void refusesAnIdNumberWithoutEngineerCertificate() throws Exception {
		var enterprise = enterprise();
		String token = token(enterprise.username());

		bind(token, Engineers.idNumber())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.detail").value(containsString("未找到该身份证号的“信息系统业务安全服务工程师”证书")));
		bind(token, Engineers.withWrongCheckDigit(Engineers.idNumber()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("校验位")));
		bind(token, "").andExpect(status().isBadRequest());
	}

	@Test
	void refusesTheFirstBindingByAnEnterpriseThatDidNotRecommendTheEngineer() throws Exception {
		var recommending = enterprise();
		var other = enterprise();
		Registered engineer = registered(recommending.id(), true);

		bind(token(other.username()), engineer.idNumber())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("不是由本单位推荐")));
		mvc.perform(bearer(get("/api/v1/personnel"), token(other.username())))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void refusesAnEngineerBoundToAnotherEnterprise() throws Exception {
		var first = enterprise();
		var second = enterprise();
		Registered engineer = registered(first.id(), true);
		bind(token(first.username()), engineer.idNumber()).andExpect(status().isCreated());

		String refusal = bind(token(second.username()), engineer.idNumber())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该人员目前已绑定其他获证企业，须由该企业删除（解绑）后才能添加"))
			.andReturn().getResponse().getContentAsString();
		// the rule, never the other enterprise
		assertThat(refusal).doesNotContain(first.name()).doesNotContain(String.valueOf(first.id()));
		bind(token(first.username()), engineer.idNumber())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已在本单位人员列表中")));
	}

	@Test
	void anEnterpriseWithAValidCertificateKeepsItsEngineer() throws Exception {
		var first = enterprise();
		var second = enterprise();
		Registered engineer = registered(first.id(), true);
		bind(token(first.username()), engineer.idNumber()).andExpect(status().isCreated());
		certify(first.id(), Industry.FINANCE);

		bind(token(second.username()), engineer.idNumber())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("目前已绑定其他获证企业")));
	}

	@Test
	void anEnterpriseWhoseOnlyCertificateIsSuspendedIsNoLongerAnotherCertifiedEnterprise() throws Exception {
		var first = enterprise();
		var second = enterprise();
		var third = enterprise();
		Registered engineer = registered(first.id(), true);
		bind(token(first.username()), engineer.idNumber()).andExpect(status().isCreated());
		long certificate = certify(first.id(), Industry.FINANCE);
		certificateManagement.suspend(certificate, "年检材料存在虚假内容，暂停待查", admin());

		bind(token(second.username()), engineer.idNumber()).andExpect(status().isCreated());

		mvc.perform(bearer(get("/api/v1/personnel"), token(first.username())))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(bearer(get("/api/v1/personnel"), token(second.username())))
			.andExpect(jsonPath("$[0].id").value(engineer.id()));
		assertThat(audit.forObject("engineer", engineer.id())).extracting(AuditQueries.Entry::action)
			.containsSubsequence("personnel.bind", "personnel.release", "personnel.bind");
		// the second enterprise holds no certificate at all: it is still applying, so it keeps the engineer
		bind(token(third.username()), engineer.idNumber())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("目前已绑定其他获证企业")));
	}

	@Test
	void aRestoredCertificateCountsAsHeldAgain() throws Exception {
		var first = enterprise();
		var second = enterprise();
		Registered engineer = registered(first.id(), true);
		bind(token(first.username()), engineer.idNumber()).andExpect(status().isCreated());
		long certificate = certify(first.id(), Industry.FINANCE);
		certificateManagement.suspend(certificate, "暂停待查", admin());
		certificateManagement.restore(certificate, "核查无误，恢复", admin());

		bind(token(second.username()), engineer.idNumber())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("目前已绑定其他获证企业")));
	}

	@Test
	void leavingASuspendedEnterpriseStillNeedsTheCapabilityCertificate() throws Exception {
		var first = enterprise();
		var second = enterprise();
		Registered engineer = registered(first.id(), false);
		bind(token(first.username()), engineer.idNumber()).andExpect(status().isCreated());
		certificateManagement.suspend(certify(first.id(), Industry.FINANCE), "暂停待查", admin());

		bind(token(second.username()), engineer.idNumber())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("全国专业技术人员岗位能力证书")));
		// refused: nothing changed, the engineer is still with the first enterprise
		mvc.perform(bearer(get("/api/v1/personnel"), token(first.username())))
			.andExpect(jsonPath("$[0].id").value(engineer.id()));
	}

	@Test
	void unbindingFreesTheEngineerAndIsAudited() throws Exception {
		var enterprise = enterprise();
		Registered engineer = registered(enterprise.id(), false);
		String token = token(enterprise.username());
		bind(token, engineer.idNumber()).andExpect(status().isCreated());

		mvc.perform(bearer(delete("/api/v1/personnel/{id}", engineer.id()), token)).andExpect(status().isNoContent());

		mvc.perform(bearer(get("/api/v1/personnel"), token)).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(bearer(delete("/api/v1/personnel/{id}", engineer.id()), token)).andExpect(status().isNotFound());
		assertThat(audit.forObject("engineer", engineer.id())).extracting(AuditQueries.Entry::action)
			.contains("personnel.bind", "personnel.unbind");
		// back to the enterprise it left: no 岗位能力证书 needed
		bind(token, engineer.idNumber()).andExpect(status().isCreated());
	}

	@Test
	void afterUnbindingAnotherEnterpriseNeedsTheCapabilityCertificate() throws Exception {
		var first = enterprise();
		var second = enterprise();
		Registered engineer = registered(first.id(), false);
		bind(token(first.username()), engineer.idNumber()).andExpect(status().isCreated());
		mvc.perform(bearer(delete("/api/v1/personnel/{id}", engineer.id()), token(first.username())))
			.andExpect(status().isNoContent());

		bind(token(second.username()), engineer.idNumber())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("全国专业技术人员岗位能力证书")));
		mvc.perform(bearer(get("/api/v1/personnel"), token(second.username())))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void afterUnbindingTheCapabilityCertificateAllowsAnotherEnterprise() throws Exception {
		var first = enterprise();
		var second = enterprise();
		var third = enterprise();
		Registered engineer = registered(first.id(), true);
		bind(token(first.username()), engineer.idNumber()).andExpect(status().isCreated());
		mvc.perform(bearer(delete("/api/v1/personnel/{id}", engineer.id()), token(first.username())))
			.andExpect(status().isNoContent());

		bind(token(second.username()), engineer.idNumber()).andExpect(status().isCreated());
		mvc.perform(bearer(get("/api/v1/personnel"), token(second.username())))
			.andExpect(jsonPath("$[0].id").value(engineer.id()));
		bind(token(third.username()), engineer.idNumber())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("目前已绑定其他获证企业")));
	}

	@Test
	void anotherEnterpriseCanNeitherSeeNorUnbindOurEngineers() throws Exception {
		var ours = enterprise();
		var theirs = enterprise();
		Registered engineer = registered(ours.id(), false);
		bind(token(ours.username()), engineer.idNumber()).andExpect(status().isCreated());
		String theirToken = token(theirs.username());

		mvc.perform(bearer(get("/api/v1/personnel"), theirToken))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(bearer(get("/api/v1/personnel/{id}", engineer.id()), theirToken))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(delete("/api/v1/personnel/{id}", engineer.id()), theirToken))
			.andExpect(status().isNotFound());
		Cookie[] theirSession = WebLogin.as(mvc, theirs.username(), PASSWORD);
		mvc.perform(get("/enterprise/personnel/{id}/certificate", engineer.id()).cookie(theirSession))
			.andExpect(status().isNotFound());
		mvc.perform(post("/enterprise/personnel/{id}/delete", engineer.id()).cookie(theirSession).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/enterprise/personnel").cookie(theirSession))
			.andExpect(content().string(not(containsString(engineer.certificateNumber()))));

		mvc.perform(bearer(get("/api/v1/personnel"), token(ours.username())))
			.andExpect(jsonPath("$[0].id").value(engineer.id()));
	}

	@Test
	void personnelPagesShowTheIdNumberMaskedAndBindAndUnbind() throws Exception {
		var enterprise = enterprise();
		Registered engineer = registered(enterprise.id(), false);
		Registered stranger = registered(enterprise().id(), false);
		Cookie[] session = WebLogin.as(mvc, enterprise.username(), PASSWORD);

		mvc.perform(post("/enterprise/personnel").param("idNumber", stranger.idNumber()).cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("不是由本单位推荐")));
		mvc.perform(post("/enterprise/personnel").param("idNumber", engineer.idNumber()).cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/enterprise/personnel").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(engineer.name(), engineer.masked(), engineer.certificateNumber(), "查看证书", "删除")
			.doesNotContain(engineer.idNumber());
		String certificate = mvc.perform(get("/enterprise/personnel/{id}/certificate", engineer.id()).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(certificate).contains("信息系统业务安全服务工程师证书", engineer.name(), engineer.masked(),
				engineer.certificateNumber()).doesNotContain(engineer.idNumber());

		mvc.perform(post("/enterprise/personnel/{id}/delete", engineer.id()).cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/enterprise/personnel").cookie(session))
			.andExpect(content().string(not(containsString(engineer.certificateNumber()))));
	}

	@Test
	void personSeesTheirOwnCertificateAndBinding() throws Exception {
		var enterprise = enterprise();
		Registered engineer = registered(enterprise.id(), false);
		bind(token(enterprise.username()), engineer.idNumber()).andExpect(status().isCreated());
		var person = account(Role.PERSON, null);
		jdbc.update("insert into persons (account_id, name, id_number_enc, id_number_hash) values (?, ?, ?, ?)",
				person.id(), engineer.name(), cipher.encrypt(engineer.idNumber()), cipher.hash(engineer.idNumber()));
		var nobody = account(Role.PERSON, null);

		mvc.perform(bearer(get("/api/v1/person/certificate"), token(person.username())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(engineer.idNumber()))
			.andExpect(jsonPath("$.certificateNumber").value(engineer.certificateNumber()))
			.andExpect(jsonPath("$.boundEnterpriseName").value(enterprise.name()));
		Cookie[] session = WebLogin.as(mvc, person.username(), PASSWORD);
		mvc.perform(get("/person/certificate").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(engineer.certificateNumber())))
			.andExpect(content().string(containsString(engineer.idNumber())))
			.andExpect(content().string(containsString(enterprise.name())));

		mvc.perform(bearer(get("/api/v1/person/certificate"), token(nobody.username())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/person/certificate").cookie(WebLogin.as(mvc, nobody.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未找到")));
		mvc.perform(bearer(get("/api/v1/person/certificate"), token(enterprise.username())))
			.andExpect(status().isForbidden());
	}

	@Test
	void twoSimultaneousBindingsOfTheSameEngineerLeaveItBoundOnce() throws Exception {
		var enterprise = enterprise();
		Registered engineer = registered(enterprise.id(), true);
		var principal = enterprise.principal();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		var start = new java.util.concurrent.CountDownLatch(1);
		try {
			java.util.List<java.util.concurrent.Future<Boolean>> attempts = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				attempts.add(pool.submit(() -> {
					start.await();
					try {
						personnel.bind(engineer.idNumber(), principal);
						return true;
					}
					catch (org.cciais.platform.shared.ConflictException
							| org.springframework.dao.OptimisticLockingFailureException lost) {
						return false;
					}
				}));
			}
			start.countDown();
			int won = 0;
			for (var attempt : attempts) {
				won += attempt.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(won).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(personnel.boundTo(enterprise.id())).extracting(EngineerView::id).containsExactly(engineer.id());
		assertThat(audit.forObject("engineer", engineer.id())).filteredOn(e -> e.action().equals("personnel.bind"))
			.hasSize(1);
	}

	private ResultActions bind(String token, String idNumber) throws Exception {
		return mvc.perform(bearer(post("/api/v1/personnel"), token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"idNumber\":\"" + idNumber + "\"}"));
	}

	private long certify(long enterpriseId, Industry industry) {
		return Approvals.certify(issuance, enterpriseId, industry, Level.LEVEL_3, reviewOrg("JJJ").id(), null,
				clock.instant());
	}

	/** An engineer of the registry recommended by the enterprise. */
	private Registered registered(long recommendingEnterpriseId, boolean capability) {
		String id = Engineers.idNumber();
		String name = "工程师" + unique("");
		var view = registry.register(new NewEngineer(id, name, Engineers.certificateNumber(),
				enterprises.get(recommendingEnterpriseId).creditCode(), capability), admin());
		return new Registered(view.id(), id, view.certificateNumber(), name);
	}
}
