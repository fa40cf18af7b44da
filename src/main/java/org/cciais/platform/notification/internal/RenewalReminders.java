package org.cciais.platform.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.shared.PlatformClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual 4 "有效期截止当年需重新申请": reminds the enterprise (通知提醒 + e-mail) 12, 6, 3 and 1 month(s) before a valid
 * certificate's expiry day, naming the renewal action (续期（重新申请）) on 资质申请. Each reminder is sent once per
 * account (its reference key); when the clock passed several thresholds at once only the nearest is sent, and the
 * ones passed are not sent late. No reminder while an application for the industry is open.
 */
@Component
class RenewalReminders {

	/** Months before the expiry day, nearest first. */
	static final List<Integer> MONTHS_BEFORE = List.of(1, 3, 6, 12);

	static final String APPLICATIONS_LINK = "/enterprise/applications";

	private final CertificateQueries certificates;
	private final ApplicationTracks tracks;
	private final AccountManagement accounts;
	private final NotificationCenter center;
	private final NotificationTexts texts;
	private final Clock clock;

	RenewalReminders(CertificateQueries certificates, ApplicationTracks tracks, AccountManagement accounts,
			NotificationCenter center, NotificationTexts texts, Clock clock) {
		this.certificates = certificates;
		this.tracks = tracks;
		this.accounts = accounts;
		this.center = center;
		this.texts = texts;
		this.clock = clock;
	}

	/** The nearest threshold reached on {@code today} (months before the expiry day), or null before the first. */
	static Integer threshold(LocalDate expiresOn, LocalDate today) {
		for (int months : MONTHS_BEFORE) {
			if (!today.isBefore(expiresOn.minusMonths(months))) {
				return months;
			}
		}
		return null;
	}

	static String refKey(long certificateId, int months) {
		return CertificateNotifications.topic(certificateId) + ":renewal-reminder:" + months;
	}

	/** Sends the reminders due today; returns how many certificates got a new one. */
	@Transactional
	public int send() {
		LocalDate today = LocalDate.now(clock.withZone(PlatformClock.ZONE));
		int sent = 0;
		for (CertificateView c : certificates.validExpiringBetween(today, today.plusMonths(12))) {
			Integer months = threshold(c.expiresOn(), today);
			if (months == null || tracks.existsByEnterpriseIdAndIndustryAndClosedFalse(c.enterpriseId(), c.industry())) {
				continue;
			}
			String key = refKey(c.id(), months);
			Text subject = texts.get("certificate.subject", c.industry(), c.level());
			Text text = texts.get("certificate.renewalReminder.todo", subject, c.number(), c.expiresOn().toString(),
					String.valueOf(months));
			Message message = Message.todo(
					texts.get("notification.mail.subject.todo", texts.get("certificate.renewalReminder.subject", subject)),
					text, APPLICATIONS_LINK, key, CertificateNotifications.topic(c.id()), null);
			if (center.notifyOnce(accounts.findByEnterprise(c.enterpriseId()), message) > 0) {
				sent++;
			}
		}
		return sent;
	}
}
