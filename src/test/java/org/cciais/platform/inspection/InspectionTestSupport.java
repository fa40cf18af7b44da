package org.cciais.platform.inspection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.certificate.CertificateManagement;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.notification.internal.NotificationRepository;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fixtures of the annual inspection tests: a certified enterprise in one line (certificate issued on a chosen
 * date, its two inspections scheduled), moving the clock to a day of a window, and API calls with fresh tokens
 * (a token lives 12 hours of platform time, and these tests move the clock by months).
 */
abstract class InspectionTestSupport extends PlatformTest {

	static final List<String> BASE_MATERIALS = List.of("I01", "I02", "I03", "I04");

	@Autowired
	protected CertificateIssuance issuance;

	@Autowired
	protected CertificateQueries certificates;

	@Autowired
	protected CertificateManagement certificateManagement;

	@Autowired
	protected InspectionManagement inspections;

	@Autowired
	protected NotificationRepository notifications;

	@Autowired
	protected AuditQueries audit;

	/** An enterprise holding a certificate issued on a date, with its review organisation's account. */
	record Certified(EnterpriseFixture enterprise, OrganizationView reviewOrg, AccountView reviewOrgAccount,
			CertificateView certificate, long firstInspection, long secondInspection) {
	}

	/** A certificate issued at 10:00 (Asia/Shanghai) on {@code issuedOn}; the clock stays at that moment. */
	protected Certified certifiedOn(LocalDate issuedOn) {
		return certifiedOn(issuedOn, Industry.FINANCE);
	}

	protected Certified certifiedOn(LocalDate issuedOn, Industry industry) {
		setClock(issuedOn.atTime(10, 0));
		EnterpriseFixture enterprise = enterprise();
		// no application module in these tests: stop the registration purge as a submitted application would
		registration.markApplicationSubmitted(enterprise.id());
		OrganizationView org = reviewOrg("JJJ");
		AccountView orgAccount = account(Role.REVIEW_ORG, org.id());
		OrganizationView consulting = consultingOrg("JJJ");
		long applicationId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
		long certificateId = issuance.issue(new ApplicationApproved(applicationId, enterprise.id(), industry,
				Level.LEVEL_3, org.id(), consulting.id(), clock.instant()));
		await().atMost(Duration.ofSeconds(20)).until(() -> inspections.ofCertificate(certificateId).size() == 2);
		List<InspectionView> scheduled = inspections.ofCertificate(certificateId);
		return new Certified(enterprise, org, orgAccount, certificates.find(certificateId).orElseThrow(),
				scheduled.get(0).id(), scheduled.get(1).id());
	}

	/** Sets the platform clock to a local time in Asia/Shanghai (without running the deadline jobs). */
	protected void setClock(LocalDateTime shanghaiTime) {
		clock.setTo(shanghaiTime.atZone(PlatformClock.ZONE).toInstant());
	}

	/** Sets the clock and runs every deadline job once, as the admin clock endpoint does. */
	protected void moveTo(LocalDateTime shanghaiTime) {
		setClock(shanghaiTime);
		runDeadlineJobs();
	}

	/** The inspection as the association sees it. */
	protected InspectionView inspection(long id) {
		return inspections.get(id, admin());
	}

	protected CertificateView certificate(Certified c) {
		return certificates.find(c.certificate().id()).orElseThrow();
	}

	// ---------------------------------------------------------------- API calls with fresh tokens

	protected String tokenOf(EnterpriseFixture e) throws Exception {
		return token(e.username());
	}

	protected String tokenOf(AccountView a) throws Exception {
		return token(a.username());
	}

	protected ResultActions upload(long inspectionId, String code, String token) throws Exception {
		return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/inspections/{id}/materials/{code}", inspectionId, code)
			.file(pdfPart("file"))
			.header("Authorization", "Bearer " + token));
	}

	protected void uploadAll(long inspectionId, String token, List<String> codes) throws Exception {
		for (String code : codes) {
			upload(inspectionId, code, token).andExpect(status().isOk());
		}
	}

	/** POST .../submit with part {@code data}. */
	protected ResultActions submit(long inspectionId, String data, String token) throws Exception {
		return submit(inspectionId, data, token, null);
	}

	/** Submits as a reader asking for {@code language} ({@code Accept-Language}; null asks for none). */
	protected ResultActions submit(long inspectionId, String data, String token, String language) throws Exception {
		var request = multipart("/api/v1/inspections/{id}/submit", inspectionId)
			.file(new MockMultipartFile("data", "", "application/json", data.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + token);
		return mvc.perform(language == null ? request : request.header("Accept-Language", language));
	}

	protected ResultActions getInspection(long inspectionId, String token) throws Exception {
		return mvc.perform(bearer(get("/api/v1/inspections/{id}", inspectionId), token));
	}

	/** Opens the first window of {@code c}, uploads the base materials and submits without changes. */
	protected void submitFirstInspection(Certified c, LocalDateTime at) throws Exception {
		moveTo(at);
		String token = tokenOf(c.enterprise());
		uploadAll(c.firstInspection(), token, BASE_MATERIALS);
		submit(c.firstInspection(), "{}", token).andExpect(status().isOk());
	}

	// ---------------------------------------------------------------- notifications (delivered after commit)

	protected List<Notification> notificationsOf(long accountId) {
		return notifications.findTop200ByAccountIdOrderByCreatedAtDescIdDesc(accountId);
	}

	protected Notification awaitNotification(long accountId, String refKey) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> notificationsOf(accountId).stream().filter(n -> refKey.equals(n.getRefKey())).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	protected long auditCount(long inspectionId, String action) {
		return audit.forObject("inspection", inspectionId).stream().filter(e -> e.action().equals(action)).count();
	}

	protected static Instant shanghai(LocalDateTime time) {
		return time.atZone(PlatformClock.ZONE).toInstant();
	}
}
