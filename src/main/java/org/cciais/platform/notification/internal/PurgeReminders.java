package org.cciais.platform.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.DeadlineJob;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual 3.1.1: a registration without a submitted application is purged 7 days after registering. Two days
 * before, the enterprise is reminded (通知提醒 + e-mail), naming the date and time of the purge; once per account
 * (reference key). Every 15 minutes, once per cluster.
 */
@Component
class PurgeReminders implements DeadlineJob {

	static final Duration BEFORE = Duration.ofDays(2);

	private final EnterpriseQueries enterprises;
	private final AccountManagement accounts;
	private final NotificationCenter center;
	private final NotificationTexts texts;
	private final Clock clock;

	PurgeReminders(EnterpriseQueries enterprises, AccountManagement accounts, NotificationCenter center,
			NotificationTexts texts, Clock clock) {
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.center = center;
		this.texts = texts;
		this.clock = clock;
	}

	@Scheduled(cron = "${cciais.jobs.purge-reminder:0 */15 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "notification-purge-reminder")
	public void scheduled() {
		runOnce();
	}

	static String refKey(long enterpriseId) {
		return "enterprise:" + enterpriseId + ":purge-reminder";
	}

	/** Registered between 7 and 5 days ago, still without an application: remind; returns how many were new. */
	@Override
	@Transactional
	public int runOnce() {
		Instant now = clock.instant();
		Instant from = now.minus(EnterpriseQueries.PURGE_AFTER);
		Instant to = now.minus(EnterpriseQueries.PURGE_AFTER.minus(BEFORE)).plusNanos(1);
		int sent = 0;
		for (EnterpriseView e : enterprises.withoutApplicationRegisteredBetween(from, to)) {
			String purgeAt = NotificationTexts.minutes(e.registeredAt().plus(EnterpriseQueries.PURGE_AFTER));
			Message message = Message.todo(
					texts.get("notification.mail.subject.todo", texts.get("enterprise.purgeReminder.subject")),
					texts.get("enterprise.purgeReminder.todo", e.name(), purgeAt), RenewalReminders.APPLICATIONS_LINK,
					refKey(e.id()), "enterprise:" + e.id(), null);
			if (center.notifyOnce(accounts.findByEnterprise(e.id()), message) > 0) {
				sent++;
			}
		}
		return sent;
	}

	/* After the registration purge (order 0): a purged registration gets no reminder. */
	@Override
	public int order() {
		return 100;
	}
}
