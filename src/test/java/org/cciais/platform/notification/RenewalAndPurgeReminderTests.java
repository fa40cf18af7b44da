package org.cciais.platform.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.notification.internal.NotificationTexts;
import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cciais.platform.application.ApplicationStatus.SUBMITTED;

/**
 * Issue 10 item 3: renewal reminders 12, 6, 3 and 1 month(s) before a certificate's expiry day, each once, naming
 * the renewal action; item 13 (manual 3.1.1): two days before a registration without an application is purged,
 * the enterprise is told the date. Only the reminder jobs run here (back-dated certificates would otherwise lapse
 * through their missed inspections).
 */
class RenewalAndPurgeReminderTests extends NotificationTestSupport {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateQueries certificates;

	private void run(String jobClass) {
		deadlineJobs.stream().filter(j -> j.getClass().getName().contains(jobClass)).forEach(DeadlineJob::runOnce);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(PlatformClock.ZONE));
	}

	private CertificateView expiringOn(Case c, Industry industry, LocalDate expiresOn) {
		long id = issuance.issue(new ApplicationApproved(-Math.abs(System.nanoTime() % 1_000_000_000L),
				c.enterprise().id(), industry, Level.LEVEL_2, c.reviewOrg().id(), c.consultingOrg().id(),
				ZonedDateTime.of(expiresOn.minusYears(3), LocalTime.of(10, 0), PlatformClock.ZONE).toInstant()));
		return certificates.find(id).orElseThrow();
	}

	private List<Notification> renewalReminders(Case c, CertificateView certificate) {
		return of(c.enterprise().accountId()).stream()
			.filter(n -> n.getRefKey() != null
					&& n.getRefKey().startsWith("certificate:" + certificate.id() + ":renewal-reminder:"))
			.toList();
	}

	@Test
	void remindsTwelveMonthsBeforeExpiryOnceAndNamesTheRenewalAction() {
		Case c = newCase();
		CertificateView early = expiringOn(c, Industry.GOVERNMENT, today().plusMonths(12).plusDays(1));
		CertificateView due = expiringOn(c, Industry.TELECOM, today().plusMonths(12));
		run("RenewalReminderJob");
		run("RenewalReminderJob");
		assertThat(renewalReminders(c, early)).isEmpty();
		assertThat(renewalReminders(c, due)).singleElement().satisfies(n -> {
			assertThat(n.getRefKey()).isEqualTo("certificate:" + due.id() + ":renewal-reminder:12");
			assertThat(n.isActionRequired()).isTrue();
			assertThat(n.getLink()).isEqualTo("/enterprise/applications");
			assertThat(n.getText()).contains("电信行业二级资质证书（证书编号 " + due.number() + "）将于 " + due.expiresOn() + " 到期")
				.contains("到期前 12 个月提醒")
				.contains("续期(重新申请)");
		});
	}

	@Test
	void whenSeveralThresholdsArePassedOnlyTheNearestIsSentAndEachOnlyOnce() {
		Case c = newCase();
		CertificateView sixMonths = expiringOn(c, Industry.ENERGY, today().plusMonths(5));
		CertificateView oneMonth = expiringOn(c, Industry.COMMERCE, today().plusDays(10));
		run("RenewalReminderJob");
		run("RenewalReminderJob");
		assertThat(renewalReminders(c, sixMonths)).extracting(Notification::getRefKey)
			.containsExactly("certificate:" + sixMonths.id() + ":renewal-reminder:6");
		assertThat(renewalReminders(c, oneMonth)).extracting(Notification::getRefKey)
			.containsExactly("certificate:" + oneMonth.id() + ":renewal-reminder:1");
	}

	@Test
	void noReminderWhileAnApplicationForTheIndustryIsOpen() {
		Case c = newCase();
		publish(step(c, null, SUBMITTED, "submit"));
		awaitHandled(c.applicationId());
		CertificateView underRenewal = expiringOn(c, Industry.FINANCE, today().plusMonths(2));
		run("RenewalReminderJob");
		assertThat(renewalReminders(c, underRenewal)).isEmpty();
	}

	@Test
	void remindsTwoDaysBeforeTheRegistrationPurgeNamingTheDate() {
		var fixture = enterprise();
		EnterpriseView registered = enterprises.get(fixture.id());
		String purgeAt = NotificationTexts.minutes(registered.registeredAt().plus(Duration.ofDays(7)));
		clock.advance(Duration.between(clock.instant(), registered.registeredAt().plus(Duration.ofDays(5)))
			.minusMinutes(1));
		run("PurgeReminders");
		assertThat(purgeReminders(fixture.accountId())).isEmpty();

		clock.advance(Duration.ofMinutes(1));
		run("PurgeReminders");
		run("PurgeReminders");
		assertThat(purgeReminders(fixture.accountId())).singleElement().satisfies(n -> {
			assertThat(n.isActionRequired()).isTrue();
			assertThat(n.getLink()).isEqualTo("/enterprise/applications");
			assertThat(n.getText()).contains("贵企业的注册信息将于 " + purgeAt + " 清除").contains(fixture.name());
		});
	}

	@Test
	void noPurgeReminderOnceAnApplicationWasSubmitted() {
		var fixture = enterprise();
		registration.markApplicationSubmitted(fixture.id());
		EnterpriseView registered = enterprises.get(fixture.id());
		clock.advance(Duration.between(clock.instant(), registered.registeredAt().plus(Duration.ofDays(6))));
		run("PurgeReminders");
		assertThat(purgeReminders(fixture.accountId())).isEmpty();
	}

	private List<Notification> purgeReminders(long accountId) {
		return of(accountId).stream().filter(n -> n.getRefKey() != null && n.getRefKey().endsWith(":purge-reminder"))
			.toList();
	}
}
