package org.cciais.platform.enterprise;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.notification.internal.NotificationCenter;
import org.cciais.platform.notification.internal.NotificationView;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 item 8 (变更申请): the enterprise applies with 变更证明 and the new 营业执照; the association passes (the
 * registration data, the licence and the 副本 of every valid certificate change) or fails with an opinion (the
 * enterprise uploads the files again). Bad input changes nothing; another enterprise's change is 404.
 */
class EnterpriseChangeTests extends PlatformTest {

	private static final String NEW_DATA = "{\"name\":\"%s\",\"registeredAddress\":\"北京市朝阳区新址路8号\","
			+ "\"legalRepresentative\":\"王五\",\"registeredCapital\":1200.5,\"unitType\":\"有限责任公司\"}";

	@Autowired
	EnterpriseQueries enterprises;

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateManagement certificateManagement;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	org.cciais.platform.inspection.InspectionManagement inspections;

	private ResultActions apply(String token, String data, boolean withFiles) throws Exception {
		var request = multipart("/api/v1/enterprise/changes")
			.file(new MockMultipartFile("data", null, MediaType.APPLICATION_JSON_VALUE,
					data.getBytes(StandardCharsets.UTF_8)));
		if (withFiles) {
			request.file(pdfPart("changeProof")).file(pdfPart("licence"));
		}
		return mvc.perform(request.header("Authorization", "Bearer " + token));
	}

	private ResultActions decide(String adminToken, long id, String action, String opinion) throws Exception {
		return mvc.perform(bearer(post("/api/v1/admin/enterprise-changes/" + id + "/actions/" + action), adminToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(opinion == null ? "{}" : "{\"opinion\":\"" + opinion + "\"}"));
	}

	private long certificate(EnterpriseFixture e, Industry industry) {
		var org = reviewOrg("JJJ");
		return issuance.issue(new ApplicationApproved(-Math.abs(System.nanoTime() % 1_000_000_000L), e.id(), industry,
				Level.LEVEL_3, org.id(), null, Instant.now(clock)));
	}

	@Test
	void aPassedChangeUpdatesTheRegistrationDataTheLicenceAndTheCopyOfValidCertificates() throws Exception {
		EnterpriseFixture e = enterprise();
		long valid = certificate(e, Industry.FINANCE);
		long revoked = certificate(e, Industry.ENERGY);
		certificateManagement.lapse(revoked, "协会撤销：测试", admin());
		String token = token(e.username());
		String newName = "变更后企业" + e.username() + "有限公司";
		JsonNode change = read(apply(token, NEW_DATA.formatted(newName), true).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(change.get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(change.get("before").get("name").asText()).isEqualTo(e.name());
		assertThat(change.get("data").get("unitType").asText()).isEqualTo("有限责任公司");
		long id = change.get("id").asLong();
		// nothing changes before the review
		assertThat(enterprises.get(e.id()).name()).isEqualTo(e.name());
		apply(token, NEW_DATA.formatted(newName + "二"), true).andExpect(status().isConflict());

		String admin = token("admin");
		assertThat(read(decide(admin, id, "pass", "材料齐全").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("status").asText()).isEqualTo("PASSED");
		EnterpriseView now = enterprises.get(e.id());
		assertThat(now.name()).isEqualTo(newName);
		assertThat(now.registeredAddress()).isEqualTo("北京市朝阳区新址路8号");
		assertThat(now.legalRepresentative()).isEqualTo("王五");
		assertThat(now.registeredCapital()).isEqualByComparingTo("1200.5");
		assertThat(now.unitType()).isEqualTo("有限责任公司");
		assertThat(now.licenceFileId().toString()).isEqualTo(change.get("licenceFileId").asText());

		await().atMost(Duration.ofSeconds(20))
			.until(() -> certificates.find(valid).orElseThrow().copy().enterpriseName().equals(newName));
		CertificateView copy = certificates.find(valid).orElseThrow();
		assertThat(copy.copy().legalRepresentative()).isEqualTo("王五");
		assertThat(copy.copy().creditCode()).isEqualTo(now.creditCode());
		CertificateView lapsed = certificates.find(revoked).orElseThrow();
		assertThat(lapsed.status()).isEqualTo(CertificateStatus.INVALID);
		assertThat(lapsed.copy().enterpriseName()).isEqualTo(e.name());

		decide(admin, id, "fail", "再审").andExpect(status().isConflict());
		mvc.perform(bearer(get("/api/v1/enterprise/changes"), token))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].status").value("PASSED"))
			.andExpect(jsonPath("$[0].statusLabel").value("已通过"));
		// the words follow the reader's language (Accept-Language), as the certificate API's
		mvc.perform(bearer(get("/api/v1/enterprise/changes/{id}", id), token).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.statusLabel").value("Approved"));
	}

	@Test
	void aFailedChangeIsRectifiedByUploadingTheFilesAgain() throws Exception {
		EnterpriseFixture e = enterprise();
		String token = token(e.username());
		long id = read(apply(token, NEW_DATA.formatted("整改企业" + e.username()), true).andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		String admin = token("admin");
		decide(admin, id, "fail", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opinion"));
		JsonNode failed = read(decide(admin, id, "fail", "营业执照不清晰").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(failed.get("status").asText()).isEqualTo("RECTIFICATION");
		assertThat(failed.get("opinion").asText()).isEqualTo("营业执照不清晰");
		assertThat(enterprises.get(e.id()).name()).isEqualTo(e.name());
		decide(admin, id, "pass", null).andExpect(status().isConflict());

		JsonNode again = read(mvc.perform(multipart("/api/v1/enterprise/changes/" + id + "/rectification")
			.file(pdfPart("changeProof"))
			.file(pdfPart("licence"))
			.header("Authorization", "Bearer " + token)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(again.get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(again.get("licenceFileId").asText()).isNotEqualTo(failed.get("licenceFileId").asText());
		decide(admin, id, "pass", null).andExpect(status().isOk());
		assertThat(enterprises.get(e.id()).name()).isEqualTo("整改企业" + e.username());
	}

	@Test
	void everyStepTellsWhoActsNextAndSettlesWhatWasAwaited() throws Exception {
		EnterpriseFixture e = enterprise();
		String token = token(e.username());
		long id = read(apply(token, NEW_DATA.formatted("通知企业" + e.username()), true).andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		long adminId = accounts.findByUsername("admin").orElseThrow().id();
		String review = "/admin/enterprise-changes/" + id;
		String admin = token("admin");

		await().atMost(Duration.ofSeconds(20)).until(() -> open(adminId, review).size() == 1);
		assertThat(open(adminId, review).get(0).text()).isEqualTo(e.name() + " 提交了证书副本信息变更申请，请审核。");

		decide(admin, id, "fail", "营业执照不清晰").andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> open(e.accountId(), "/enterprise/changes").size() == 1);
		assertThat(open(e.accountId(), "/enterprise/changes").get(0).text())
			.isEqualTo("您的证书副本信息变更申请未通过：营业执照不清晰。请按意见重新上传变更证明和营业执照。");
		assertThat(open(adminId, review)).isEmpty();

		mvc.perform(multipart("/api/v1/enterprise/changes/" + id + "/rectification")
			.file(pdfPart("changeProof"))
			.file(pdfPart("licence"))
			.header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> open(adminId, review).size() == 1);
		assertThat(open(adminId, review).get(0).text())
			.isEqualTo(e.name() + " 已重新上传变更证明和营业执照（变更申请整改），请再次审核。");
		assertThat(open(e.accountId(), "/enterprise/changes")).isEmpty();

		decide(admin, id, "pass", "同意变更").andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> open(adminId, review).isEmpty());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications.latest(e.accountId()).stream().anyMatch(n -> n.text().contains("审核通过")));
		assertThat(notifications.latest(e.accountId())).filteredOn(n -> n.link().equals("/enterprise/changes"))
			.extracting(NotificationView::text)
			.containsExactly("您的证书副本信息变更申请已审核通过，注册信息和有效证书的副本已更新。意见：同意变更",
					"您的证书副本信息变更申请未通过：营业执照不清晰。请按意见重新上传变更证明和营业执照。");
	}

	private java.util.List<NotificationView> open(long accountId, String link) {
		return notifications.latest(accountId)
			.stream()
			.filter(n -> n.todo() && !n.done() && link.equals(n.link()))
			.toList();
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		EnterpriseFixture e = enterprise();
		String token = token(e.username());
		apply(token, NEW_DATA.formatted("缺文件企业" + e.username()), false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='changeProof')].message").value("请上传变更证明（PDF）"))
			.andExpect(jsonPath("$.errors[?(@.field=='licence')]").exists());
		apply(token, "{\"name\":\"\",\"registeredAddress\":\"x\",\"legalRepresentative\":\"y\",\"registeredCapital\":-1,"
				+ "\"unitType\":\"火星企业\"}", true)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field=='name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='registeredCapital')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field=='unitType')]").exists());
		EnterpriseView same = enterprises.get(e.id());
		apply(token, "{\"name\":\"" + same.name() + "\",\"registeredAddress\":\"" + same.registeredAddress()
				+ "\",\"legalRepresentative\":\"" + same.legalRepresentative() + "\",\"registeredCapital\":900,"
				+ "\"unitType\":\"" + same.unitType() + "\"}", true)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("变更后的信息与当前注册信息相同，请至少修改一项。"));
		mvc.perform(multipart("/api/v1/enterprise/changes")
			.file(new MockMultipartFile("data", null, MediaType.APPLICATION_JSON_VALUE, "{not json".getBytes()))
			.header("Authorization", "Bearer " + token)).andExpect(status().isBadRequest());
		mvc.perform(bearer(get("/api/v1/enterprise/changes"), token)).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void noChangeDuringAnOpenAnnualInspection() throws Exception {
		EnterpriseFixture e = enterprise();
		var reviewing = reviewOrg("JJJ");
		// issued a year ago today: its first annual inspection window (1st of the issue month, two months) is open
		long id = issuance.issue(new ApplicationApproved(-Math.abs(System.nanoTime() % 1_000_000_000L), e.id(),
				Industry.COMMERCE, Level.LEVEL_3, reviewing.id(), null,
				java.time.ZonedDateTime.now(clock.withZone(org.cciais.platform.shared.PlatformClock.ZONE))
					.minusYears(1)
					.toInstant()));
		await().atMost(Duration.ofSeconds(20)).until(() -> inspections.ofCertificate(id).size() == 2);
		deadlineJobs.stream()
			.filter(j -> j.getClass().getName().contains("InspectionDeadlineJob"))
			.forEach(org.cciais.platform.shared.DeadlineJob::runOnce);
		apply(token(e.username()), NEW_DATA.formatted("年检中企业" + e.username()), true)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("年检进行中")));
	}

	@Test
	void anotherEnterprisesChangeIsNotFoundAndOnlyTheAdminDecides() throws Exception {
		EnterpriseFixture owner = enterprise();
		EnterpriseFixture stranger = enterprise();
		long id = read(apply(token(owner.username()), NEW_DATA.formatted("甲企业" + owner.username()), true)
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		String strangerToken = token(stranger.username());
		mvc.perform(bearer(get("/api/v1/enterprise/changes/" + id), strangerToken)).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/enterprise/changes/" + id + "/rectification")
			.file(pdfPart("changeProof"))
			.file(pdfPart("licence"))
			.header("Authorization", "Bearer " + strangerToken)).andExpect(status().isNotFound());
		decide(strangerToken, id, "pass", null).andExpect(status().isForbidden());
		decide(token("admin"), 987654321L, "pass", null).andExpect(status().isNotFound());
	}
}
