package org.cciais.platform.enterprise.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.enterprise.EnterprisePurged;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.JobRunLog;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Manual 3.1.1: from registration to the first submitted qualification application the platform allows 7 days;
 * after that the registration is cleared (enterprise, accounts, licence file). Only the audit fact stays. Runs
 * hourly, once per cluster, and whenever the rehearsal clock moves.
 */
@Component
class RegistrationPurge implements DeadlineJob {

	static final Duration GRACE = EnterpriseQueries.PURGE_AFTER;

	private static final Logger log = LoggerFactory.getLogger(RegistrationPurge.class);

	private final EnterpriseRepository repository;
	private final AccountManagement accounts;
	private final FileStore files;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final JobRunLog runLog;

	RegistrationPurge(EnterpriseRepository repository, AccountManagement accounts, FileStore files,
			ApplicationEventPublisher events, TransactionTemplate tx, Clock clock, JobRunLog runLog) {
		this.repository = repository;
		this.accounts = accounts;
		this.files = files;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
		this.runLog = runLog;
	}

	@Scheduled(cron = "${cciais.jobs.registration-purge:0 15 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "registration-purge")
	public void scheduled() {
		runLog.record(this);
	}

	@Override
	public int runOnce() {
		Instant cutOff = clock.instant().minus(GRACE);
		List<Long> due = tx.execute(s -> repository.findByFirstApplicationAtIsNullAndRegisteredAtBefore(cutOff)
			.stream()
			.map(Enterprise::getId)
			.toList());
		int purged = 0;
		for (Long id : due) {
			// One transaction per enterprise: an application submitted meanwhile, or a failure, spares only that one.
			Boolean done = tx.execute(s -> purge(id, cutOff));
			if (Boolean.TRUE.equals(done)) {
				purged++;
			}
		}
		if (purged > 0) {
			log.info("Registration purge removed {} enterprise(s) without an application after 7 days", purged);
		}
		return purged;
	}

	private boolean purge(long id, Instant cutOff) {
		Enterprise enterprise = repository.findById(id).orElse(null);
		if (enterprise == null || enterprise.getFirstApplicationAt() != null
				|| !enterprise.getRegisteredAt().isBefore(cutOff)) {
			return false;
		}
		List<Long> accountIds = accounts.findByEnterprise(id).stream().map(AccountView::id).toList();
		accounts.deleteEnterpriseAccounts(id);
		repository.delete(enterprise);
		files.delete(enterprise.getLicenceFileId());
		events.publishEvent(AuditRecord.system("enterprise.purge", "enterprise", id,
				"注册后 7 天内未提交资质申请，已清除注册信息：" + enterprise.getName() + "（注册于 "
						+ LocalDate.ofInstant(enterprise.getRegisteredAt(), PlatformClock.ZONE) + "）"));
		events.publishEvent(new EnterprisePurged(id, accountIds));
		return true;
	}
}
