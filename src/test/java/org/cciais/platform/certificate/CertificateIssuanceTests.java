package org.cciais.platform.certificate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.HeldQualifications;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateIssuanceTests extends PlatformTest {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateManagement certificateManagement;

	@Autowired
	HeldQualifications held;

	@Autowired
	EnterpriseQueries enterprises;

	@Autowired
	AuditQueries audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void issuesOneCertificateWhenTheApprovalIsDeliveredTwice() {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		ApplicationApproved approved = Approvals.approval(enterprise.id(), Industry.GOVERNMENT, Level.LEVEL_3,
				org.id(), null, clock.instant());

		long first = issuance.issue(approved);
		long second = issuance.issue(approved);

		assertThat(second).isEqualTo(first);
		assertThat(certificatesOfApplication(approved.applicationId())).isEqualTo(1);
		assertThat(audit.forObject("certificate", first)).filteredOn(e -> e.action().equals("certificate.issue"))
			.hasSize(1);
	}

	@Test
	void issuesOneCertificateWhenTheApprovalIsDeliveredTwiceAtTheSameMoment() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		for (int round = 0; round < 3; round++) {
			ApplicationApproved approved = Approvals.approval(enterprise.id(), Industry.FINANCE, Level.LEVEL_3,
					org.id(), null, clock.instant());

			List<Long> ids = concurrently(2, () -> issuance.issue(approved));

			assertThat(ids).hasSize(2).containsOnly(ids.get(0));
			assertThat(certificatesOfApplication(approved.applicationId())).isEqualTo(1);
		}
	}

	@Test
	void givesConcurrentApprovalsDistinctNumbersFromTheSequence() throws Exception {
		var org = reviewOrg("JJJ");
		List<Long> enterpriseIds = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			enterpriseIds.add(enterprise().id());
		}
		Industry[] industries = Industry.values();
		List<Callable<Long>> approvals = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			long enterpriseId = enterpriseIds.get(i % 2);
			Industry industry = industries[i];
			approvals.add(() -> Approvals.certify(issuance, enterpriseId, industry, Level.LEVEL_3, org.id(), null,
					clock.instant()));
		}

		List<Long> ids = concurrently(approvals);

		Set<String> numbers = new HashSet<>();
		for (long id : ids) {
			String number = certificates.find(id).orElseThrow().number();
			assertThat(number).matches("MIITCCCAIS-\\d{6}");
			numbers.add(number);
		}
		assertThat(new HashSet<>(ids)).hasSize(8);
		assertThat(numbers).hasSize(8);
	}

	@Test
	void numbersFollowTheDatabaseSequence() {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long a = Approvals.certify(issuance, enterprise.id(), Industry.ENERGY, Level.LEVEL_3, org.id(), null,
				clock.instant());
		long b = Approvals.certify(issuance, enterprise.id(), Industry.TELECOM, Level.LEVEL_3, org.id(), null,
				clock.instant());

		int first = sequenceNumber(certificates.find(a).orElseThrow().number());
		int second = sequenceNumber(certificates.find(b).orElseThrow().number());
		assertThat(second).isGreaterThan(first);
	}

	@Test
	void copiesTheRegistrationDataAndExpiresThreeYearsAfterTheIssueDate() {
		var enterprise = enterprise();
		var review = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		var approved = Approvals.approval(enterprise.id(), Industry.COMMERCE, Level.LEVEL_3, review.id(),
				consulting.id(), clock.instant());

		CertificateView certificate = certificates.find(issuance.issue(approved)).orElseThrow();

		LocalDate approvedOn = LocalDate.ofInstant(approved.approvedAt(), PlatformClock.ZONE);
		assertThat(certificate.issuedOn()).isEqualTo(approvedOn);
		assertThat(certificate.expiresOn()).isEqualTo(approvedOn.plusYears(3));
		assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
		assertThat(certificate.enterpriseId()).isEqualTo(enterprise.id());
		assertThat(certificate.applicationId()).isEqualTo(approved.applicationId());
		assertThat(certificate.reviewOrgId()).isEqualTo(review.id());
		assertThat(certificate.consultingOrgId()).isEqualTo(consulting.id());
		var registered = enterprises.get(enterprise.id());
		assertThat(certificate.copy()).isEqualTo(new CopyData(registered.name(), registered.registeredAddress(),
				registered.creditCode(), registered.foundedOn(), registered.legalRepresentative(),
				registered.registeredCapital(), registered.unitType()));
	}

	@Test
	void expiresTheDayAfterTheExpiryDateThroughTheScheduledJob() {
		if (MonthDay.now(clock).equals(MonthDay.of(2, 29))) {
			clock.advance(Duration.ofDays(1)); // no certificate can expire on 29 February: it was issued on a day that is
		}
		var enterprise = enterprise();
		registration.markApplicationSubmitted(enterprise.id());
		var org = reviewOrg("JJJ");
		LocalDate today = LocalDate.now(clock);
		// Issued three years ago today: its last valid day is today.
		var issuedAt = today.minusYears(3).atTime(10, 0).atZone(PlatformClock.ZONE).toInstant();
		long id = Approvals.certify(issuance, enterprise.id(), Industry.DEFENSE, Level.LEVEL_3, org.id(), null,
				issuedAt);
		assertThat(certificates.find(id).orElseThrow().expiresOn()).isEqualTo(today);

		// The expiry job alone: running every deadline job would also lapse this back-dated certificate's two
		// annual inspections (never submitted), making it 失效 before it could expire.
		certificateManagement.expireDue();
		assertThat(certificates.find(id).orElseThrow().status()).isEqualTo(CertificateStatus.VALID);

		clock.advance(Duration.ofDays(1));
		certificateManagement.expireDue();
		CertificateView expired = certificates.find(id).orElseThrow();
		assertThat(expired.status()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(expired.invalidReason()).isNotBlank();
		assertThat(audit.forObject("certificate", id)).extracting(AuditQueries.Entry::action)
			.contains("certificate.expire");
	}

	@Test
	void nextApplicationOfTheIndustryIsForTheNextLevel() {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		assertThat(held.of(enterprise.id())).doesNotContainKey(Industry.MANUFACTURING);

		Approvals.certify(issuance, enterprise.id(), Industry.MANUFACTURING, Level.LEVEL_3, org.id(), null,
				clock.instant());
		var standing = held.of(enterprise.id()).get(Industry.MANUFACTURING);
		assertThat(standing.level()).isEqualTo(Level.LEVEL_3);
		assertThat(standing.valid()).isTrue();
		assertThat(Level.toApplyFor(standing.level())).contains(Level.LEVEL_2);

		Approvals.certify(issuance, enterprise.id(), Industry.MANUFACTURING, Level.LEVEL_2, org.id(), null,
				clock.instant());
		standing = held.of(enterprise.id()).get(Industry.MANUFACTURING);
		assertThat(standing.level()).isEqualTo(Level.LEVEL_2);
		assertThat(Level.toApplyFor(standing.level())).contains(Level.LEVEL_1);
		assertThat(held.of(enterprise.id())).containsOnlyKeys(Industry.MANUFACTURING);
	}

	@Test
	void revokedCertificateNoLongerCountsAsHeld() {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, enterprise.id(), Industry.PUBLIC_SERVICE, Level.LEVEL_3, org.id(),
				null, clock.instant());

		certificateManagement.revoke(id, "测试撤销", admin());

		var standing = held.of(enterprise.id()).get(Industry.PUBLIC_SERVICE);
		assertThat(standing.valid()).isFalse();
		assertThat(standing.status()).isEqualTo("INVALID");
	}

	private int certificatesOfApplication(long applicationId) {
		return jdbc.queryForObject("select count(*) from certificates where application_id = ?", Integer.class,
				applicationId);
	}

	private static int sequenceNumber(String number) {
		return Integer.parseInt(number.substring("MIITCCCAIS-".length()));
	}

	private static <T> List<T> concurrently(int times, Callable<T> task) throws Exception {
		List<Callable<T>> tasks = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			tasks.add(task);
		}
		return concurrently(tasks);
	}

	/** Starts every task at the same moment on its own thread and returns their results in order. */
	private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
