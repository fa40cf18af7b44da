package org.cciais.platform.inspection;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.shared.LocalText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Manual 4 and 4.4: the inspection calendar driven by the clock — windows open, reminders, lapse to 失效. */
class InspectionCalendarTests extends InspectionTestSupport {

	@Autowired
	MessageSource messages;

	private String chinese(LocalText text) {
		return messages.getMessage(text.words(), java.util.Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void schedulesTwoInspectionsInYearsOneAndTwoForEveryIssuedCertificate() {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));

		InspectionView first = inspection(c.firstInspection());
		InspectionView second = inspection(c.secondInspection());
		assertThat(first.year()).isEqualTo(1);
		assertThat(chinese(first.window().words())).isEqualTo("2017-07-01 至 2017-08-31");
		assertThat(first.status()).isEqualTo(InspectionStatus.UPCOMING);
		assertThat(second.year()).isEqualTo(2);
		assertThat(chinese(second.window().words())).isEqualTo("2018-07-01 至 2018-08-31");
		assertThat(second.status()).isEqualTo(InspectionStatus.UPCOMING);
		assertThat(inspections.ofCertificate(c.certificate().id())).hasSize(2);
		assertThat(auditCount(c.firstInspection(), "inspection.schedule")).isEqualTo(1);
		// the audit log's record, in Chinese from the bundle
		assertThat(audit.forObject("inspection", c.firstInspection())).extracting(AuditQueries.Entry::detail)
			.contains("金融行业证书 " + c.certificate().number() + " 第一次年检：年检时间 2017-07-01 至 2017-08-31");
	}

	@Test
	void opensTheWindowOnTheFirstOfTheIssueMonthOfTheNextYearWithATodoForTheEnterprise() {
		Certified c = certifiedOn(LocalDate.of(2016, 8, 9));

		moveTo(LocalDateTime.of(2017, 7, 31, 23, 50));
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.UPCOMING);

		moveTo(LocalDateTime.of(2017, 8, 1, 0, 15));
		InspectionView opened = inspection(c.firstInspection());
		assertThat(opened.status()).isEqualTo(InspectionStatus.OPEN);
		assertThat(chinese(opened.window().words())).isEqualTo("2017-08-01 至 2017-09-30");
		assertThat(inspection(c.secondInspection()).status()).isEqualTo(InspectionStatus.UPCOMING);

		Notification todo = awaitNotification(c.enterprise().accountId(), "inspection:" + c.firstInspection() + ":open");
		assertThat(todo.isActionRequired()).isTrue();
		assertThat(todo.getLink()).isEqualTo("/enterprise/inspections/" + c.firstInspection());
		assertThat(todo.getText()).contains("金融行业", c.certificate().number(), "第一次年检", "2017-09-30");
	}

	@Test
	void remindsFourteenAndThreeDaysBeforeTheWindowClosesOnceEach() {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		long account = c.enterprise().accountId();
		String key = "inspection:" + c.firstInspection() + ":remind:";

		moveTo(LocalDateTime.of(2017, 7, 1, 9, 0));
		moveTo(LocalDateTime.of(2017, 8, 16, 9, 0));
		assertThat(auditCount(c.firstInspection(), "inspection.remind")).isZero();

		moveTo(LocalDateTime.of(2017, 8, 17, 9, 0));
		runDeadlineJobs();
		assertThat(auditCount(c.firstInspection(), "inspection.remind")).isEqualTo(1);
		assertThat(awaitNotification(account, key + "14").getText()).contains("2017-08-31", "还有 14 天");

		moveTo(LocalDateTime.of(2017, 8, 27, 9, 0));
		assertThat(auditCount(c.firstInspection(), "inspection.remind")).isEqualTo(1);

		moveTo(LocalDateTime.of(2017, 8, 28, 9, 0));
		runDeadlineJobs();
		assertThat(auditCount(c.firstInspection(), "inspection.remind")).isEqualTo(2);
		assertThat(awaitNotification(account, key + "3").getText()).contains("还有 3 天");
		assertThat(notificationsOf(account)).filteredOn(n -> n.getRefKey() != null && n.getRefKey().startsWith(key))
			.hasSize(2);
	}

	@Test
	void lapsesTheCertificateToInvalidWhenTheWindowClosesWithoutSubmission() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 7, 1, 9, 0));
		moveTo(LocalDateTime.of(2017, 8, 31, 23, 59));
		assertThat(certificate(c).status()).isEqualTo(CertificateStatus.VALID);

		moveTo(LocalDateTime.of(2017, 9, 1, 0, 1));

		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.MISSED);
		var lapsed = certificate(c);
		assertThat(lapsed.status()).isEqualTo(CertificateStatus.INVALID);
		assertThat(lapsed.invalidReason()).isEqualTo("未在规定时间内提交年检（2017-07-01 至 2017-08-31）");
		mvc.perform(get("/api/v1/certificates/verify").param("number", c.certificate().number()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INVALID"))
			.andExpect(jsonPath("$.statusReason").value("未在规定时间内提交年检（2017-07-01 至 2017-08-31）"))
			.andExpect(jsonPath("$.history[1].reason").value("未在规定时间内提交年检（2017-07-01 至 2017-08-31）"));
		// the status history in the reader's language, the audit log's records in Chinese
		mvc.perform(get("/api/v1/certificates/verify").param("number", c.certificate().number())
				.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.history[1].reason")
				.value("Annual inspection not submitted in time (2017-07-01 to 2017-08-31)"));
		assertThat(audit.forObject("inspection", c.firstInspection())).extracting(AuditQueries.Entry::detail)
			.contains("金融行业证书 " + c.certificate().number() + " 第一次年检：年检开放（2017-07-01 至 2017-08-31）",
					"金融行业证书 " + c.certificate().number()
							+ " 第一次年检：未在规定时间内提交年检（2017-07-01 至 2017-08-31），证书失效");
		// the enterprise is told (by the certificate's notice) why its certificate is 失效
		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf(c.enterprise().accountId()).stream()
			.anyMatch(n -> n.getText().contains("已失效") && n.getText().contains("未在规定时间内提交年检")));

		// the enterprise sees it, and can no longer submit
		String token = tokenOf(c.enterprise());
		getInspection(c.firstInspection(), token).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MISSED"))
			.andExpect(jsonPath("$.availableActions.length()").value(0));
		submit(c.firstInspection(), "{}", token).andExpect(status().isConflict());

		// once: running the job again changes nothing
		runDeadlineJobs();
		runDeadlineJobs();
		assertThat(auditCount(c.firstInspection(), "inspection.miss")).isEqualTo(1);
		assertThat(audit.forObject("certificate", c.certificate().id()))
			.filteredOn(e -> e.action().equals("certificate.invalidate")).hasSize(1);

		// and the second inspection of a 失效 certificate never opens
		moveTo(LocalDateTime.of(2018, 7, 1, 9, 0));
		InspectionView second = inspection(c.secondInspection());
		assertThat(second.status()).isEqualTo(InspectionStatus.UPCOMING);
		assertThat(second.certificateValid()).isFalse();
		String later = tokenOf(c.enterprise()); // a year on: the morning's token has expired
		getInspection(c.secondInspection(), later).andExpect(jsonPath("$.statusLabel").value("证书已失效，不再年检"));
		mvc.perform(bearer(get("/api/v1/inspections/{id}", c.secondInspection()), later).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.statusLabel").value("Certificate invalid, no more inspections"));
		moveTo(LocalDateTime.of(2018, 9, 1, 9, 0));
		assertThat(inspection(c.secondInspection()).status()).isEqualTo(InspectionStatus.UPCOMING);
		assertThat(certificate(c).invalidReason()).isEqualTo("未在规定时间内提交年检（2017-07-01 至 2017-08-31）");
	}

	@Test
	void doesNotLapseASubmittedInspectionStillUnderReviewWhenTheWindowCloses() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		moveTo(LocalDateTime.of(2017, 8, 28, 15, 0));
		String open = "inspection:" + c.firstInspection() + ":open";
		String reminder = "inspection:" + c.firstInspection() + ":remind:3";
		awaitNotification(c.enterprise().accountId(), open);
		awaitNotification(c.enterprise().accountId(), reminder);
		submitFirstInspection(c, LocalDateTime.of(2017, 8, 30, 15, 0));
		// the submission settles the enterprise's to-dos of the window
		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf(c.enterprise().accountId()).stream()
			.filter(n -> open.equals(n.getRefKey()) || reminder.equals(n.getRefKey()))
			.allMatch(n -> n.getDoneAt() != null));

		moveTo(LocalDateTime.of(2017, 9, 1, 0, 5));
		moveTo(LocalDateTime.of(2017, 10, 15, 9, 0));

		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.SUBMITTED);
		assertThat(certificate(c).status()).isEqualTo(CertificateStatus.VALID);
		assertThat(auditCount(c.firstInspection(), "inspection.miss")).isZero();
	}

	@Test
	void theSecondInspectionOpensAYearLaterAndLapsesOnItsOwn() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 12, 15));
		submitFirstInspection(c, LocalDateTime.of(2018, 1, 31, 20, 0));
		inspections.pass(c.firstInspection(), new ReviewDecision("材料齐全", null, null),
				principal(c.reviewOrgAccount()));

		moveTo(LocalDateTime.of(2018, 12, 1, 0, 30));
		assertThat(inspection(c.secondInspection()).status()).isEqualTo(InspectionStatus.OPEN);
		moveTo(LocalDateTime.of(2019, 2, 1, 0, 30));

		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.PASSED);
		assertThat(inspection(c.secondInspection()).status()).isEqualTo(InspectionStatus.MISSED);
		assertThat(certificate(c).invalidReason()).isEqualTo("未在规定时间内提交年检（2018-12-01 至 2019-01-31）");
	}

	@Test
	void doesNotOpenTheInspectionsOfACertificateThatIsNoLongerValid() {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		certificateManagement.lapse(c.certificate().id(), "协会撤销资质", admin());

		moveTo(LocalDateTime.of(2017, 7, 1, 9, 0));
		moveTo(LocalDateTime.of(2017, 9, 2, 9, 0));

		InspectionView first = inspection(c.firstInspection());
		assertThat(first.status()).isEqualTo(InspectionStatus.UPCOMING);
		assertThat(first.certificateValid()).isFalse();
		assertThat(certificate(c).invalidReason()).isEqualTo("协会撤销资质");
		assertThat(notificationsOf(c.enterprise().accountId()))
			.noneMatch(n -> ("inspection:" + c.firstInspection() + ":open").equals(n.getRefKey()));
	}

	@Test
	void aWindowThatOpenedBeforeTheJobRanCanAlreadyBeUsed() throws Exception {
		Certified c = certifiedOn(LocalDate.of(2016, 7, 20));
		setClock(LocalDateTime.of(2017, 7, 1, 0, 5));

		String token = tokenOf(c.enterprise());
		getInspection(c.firstInspection(), token).andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.availableActions[2]").value("submit"));
		uploadAll(c.firstInspection(), token, BASE_MATERIALS);
		submit(c.firstInspection(), "{}", token).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		runDeadlineJobs();
		assertThat(inspection(c.firstInspection()).status()).isEqualTo(InspectionStatus.SUBMITTED);
	}
}
