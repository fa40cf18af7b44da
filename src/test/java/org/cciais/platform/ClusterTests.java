package org.cciais.platform;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.JobView;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.ScheduledJobs;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.ClusterNode;
import org.cciais.platform.testing.PlatformTestSupport;
import org.cciais.platform.testing.S3rver;
import org.cciais.platform.testing.SharedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DESIGN.md's stateless nodes, proven with two: two whole platforms in this JVM, each on its own HTTP port, data
 * folder and clock, sharing ONE database (H2 over TCP, or one PostgreSQL schema) and ONE S3 bucket (s3rver). The
 * fixtures are made through node 1.
 */
@ExtendWith(S3rver.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterTests extends PlatformTestSupport {

	private static final String ADMIN_PASSWORD = "admin-test-pass-1";

	private SharedDatabase database;
	private ClusterNode node1;
	private ClusterNode node2;
	private JdbcClient jdbc;

	@BeforeAll
	void startTwoNodes() {
		database = SharedDatabase.create("cluster");
		// mails go to the outbox (the test profile never dispatches it), so that double mails would show
		Map<String, String> props = Map.of("cciais.mail.enabled", "true");
		node1 = ClusterNode.start("node1", database, props);
		node2 = ClusterNode.start("node2", database, props);
		node1.context().getAutowireCapableBeanFactory().autowireBean(this);
		jdbc = database.jdbc();
	}

	@AfterAll
	void stopNodes() {
		if (node2 != null) {
			node2.close();
		}
		if (node1 != null) {
			node1.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void aSessionLoggedInOnNodeOneIsValidOnNodeTwo() throws Exception {
		var enterprise = enterprise();
		String session = node1.http().login(enterprise.username(), PASSWORD);

		assertThat(node2.http().get("/portal", session).headers().firstValue("Location")).hasValue("/notifications");
		HttpResponse<String> page = node2.http().get("/notifications", session);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(enterprise.username());
		assertThat(node2.http().get("/notifications", null).headers().firstValue("Location")).hasValue("/login");
		// the one session lives in the shared database
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(enterprise.username()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aFileUploadedThroughNodeOneDownloadsThroughNodeTwo() throws Exception {
		String username = unique("nodes");
		Map<String, Object> data = registrationData(username, creditCode());
		HttpResponse<String> registered = node1.http().multipart("POST", "/api/v1/registrations/enterprise", null,
				json.writeValueAsString(data), "营业执照.pdf", "application/pdf", pdf());
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		long id = json.readTree(registered.body()).get("id").asLong();
		UUID licence = jdbc.sql("select licence_file_id from enterprises where id = ?").param(id)
			.query(UUID.class).single();

		String admin = node2.http().login("admin", ADMIN_PASSWORD);
		HttpResponse<byte[]> download = node2.http().download("/files/" + licence, admin);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf());
		assertThat(new String(download.body(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
		// the bytes are in the shared bucket, not in either node's data folder
		assertThat(jdbc.sql("select storage_path from stored_files where id = ?").param(licence)
			.query(String.class).single()).isEqualTo(licence.toString().substring(0, 2) + "/" + licence);
		assertThat(java.nio.file.Path.of("target/nodes/node1/files")).doesNotExist();
	}

	@Test
	void movingTheClockOnBothNodesRunsEachDeadlineOncePerCluster() throws Exception {
		var purged1 = enterprise();
		var purged2 = enterprise();
		var applicant = enterprise();
		var org = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		var orgAccount = account(Role.REVIEW_ORG, org.id());
		String enterpriseToken = node1.http().token(applicant.username(), PASSWORD);
		HttpResponse<String> applied = node1.http().json("POST", "/api/v1/applications", enterpriseToken,
				"{\"industry\":\"GOVERNMENT\",\"reviewOrgId\":" + org.id() + ",\"consultingOrgId\":" + consulting.id() + "}");
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
		long applicationId = json.readTree(applied.body()).get("id").asLong();
		HttpResponse<String> accepted = node1.http().json("POST",
				"/api/v1/applications/" + applicationId + "/actions/accept",
				node1.http().token(orgAccount.username(), PASSWORD), "{}");
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

		node1.bean(PlatformClock.class).advance(Duration.ofDays(8));
		node2.bean(PlatformClock.class).advance(Duration.ofDays(8));
		runEveryJobOnBothNodesAtOnce();
		runEveryJobOnBothNodesAtOnce();

		for (var e : List.of(purged1, purged2)) {
			assertThat(auditCount("enterprise.purge", "enterprise", e.id())).as("purges of %s", e.id()).isEqualTo(1);
		}
		assertThat(auditCount("enterprise.purge", "enterprise", applicant.id())).isZero();
		assertThat(jdbc.sql("select status from qualification_applications where id = ?").param(applicationId)
			.query(String.class).single()).isEqualTo("EXPIRED");
		assertThat(jdbc.sql("select count(*) from application_history where application_id = ? and action = 'expire'")
			.param(applicationId).query(Integer.class).single()).isEqualTo(1);
		assertThat(auditCount("application.expire", "application", applicationId)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> expiryNotices(applicant.accountId(), applicationId) > 0);
		awaitEventsHandled();
		assertThat(expiryNotices(applicant.accountId(), applicationId)).isEqualTo(1);
		assertThat(mailsTo(applicant.username() + "@example.com", "已过期")).isEqualTo(1);
		// across the whole cluster database: nothing was purged or expired twice
		assertThat(jdbc.sql("select count(*) from (select object_id from audit_log where action in "
				+ "('enterprise.purge', 'application.expire') group by action, object_id having count(*) > 1) d")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void anInterruptedEventHandlingIsResubmittedAndHandledOnce() throws Exception {
		var applicant = enterprise();
		var org = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		String enterpriseToken = node1.http().token(applicant.username(), PASSWORD);
		HttpResponse<String> applied = node1.http().json("POST", "/api/v1/applications", enterpriseToken,
				"{\"industry\":\"FINANCE\",\"reviewOrgId\":" + org.id() + ",\"consultingOrgId\":" + consulting.id() + "}");
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
		long applicationId = json.readTree(applied.body()).get("id").asLong();
		await().atMost(Duration.ofSeconds(30)).until(() -> submittedNotices(applicant.accountId(), applicationId) == 1);
		awaitEventsHandled();
		String email = applicant.username() + "@example.com";
		assertThat(mailsTo(email, "")).isEqualTo(1);

		// 1. the listener's transaction committed, then the node died before the publication was marked complete:
		// both nodes resubmit it at once, and neither stores or mails it again
		UUID publication = notificationPublication(applicationId);
		markIncomplete(publication);
		resubmitOnBothNodesAtOnce(publication);
		awaitComplete(publication);
		assertThat(submittedNotices(applicant.accountId(), applicationId)).isEqualTo(1);
		assertThat(mailsTo(email, "")).isEqualTo(1);

		// 2. the node died inside the listener's transaction: nothing of it was committed; the resubmission
		// handles it, once
		jdbc.sql("delete from mail_outbox where recipient = ?").param(email).update();
		jdbc.sql("delete from notifications where account_id = ?").param(applicant.accountId()).update();
		markIncomplete(publication);
		resubmitOnBothNodesAtOnce(publication);
		awaitComplete(publication);
		assertThat(submittedNotices(applicant.accountId(), applicationId)).isEqualTo(1);
		assertThat(mailsTo(email, "")).isEqualTo(1);
	}

	private void runEveryJobOnBothNodesAtOnce() {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Void>> runs = new ArrayList<>();
		for (ClusterNode node : List.of(node1, node2)) {
			ScheduledJobs jobs = node.bean(ScheduledJobs.class);
			runs.add(CompletableFuture.runAsync(() -> {
				awaitStart(start);
				for (JobView job : jobs.list()) {
					try {
						jobs.runNow(job.name(), null);
					}
					catch (ConflictException runningOnTheOtherNode) {
						// the other node holds the job's lock at this moment: it does the work
					}
				}
			}));
		}
		start.countDown();
		runs.forEach(CompletableFuture::join);
	}

	private void resubmitOnBothNodesAtOnce(UUID publication) {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Void>> runs = new ArrayList<>();
		for (ClusterNode node : List.of(node1, node2)) {
			IncompleteEventPublications incomplete = node.bean(IncompleteEventPublications.class);
			runs.add(CompletableFuture.runAsync(() -> {
				awaitStart(start);
				incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));
			}));
		}
		start.countDown();
		runs.forEach(CompletableFuture::join);
	}

	private static void awaitStart(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private UUID notificationPublication(long applicationId) {
		return jdbc.sql("select id from event_publication where listener_id like '%ApplicationNotifications%' "
				+ "and serialized_event like ?")
			.param("%\"applicationId\":" + applicationId + ",%")
			.query(UUID.class)
			.single();
	}

	private void markIncomplete(UUID publication) {
		assertThat(jdbc.sql("update event_publication set completion_date = null, status = 'FAILED', "
				+ "completion_attempts = 1 where id = ?").param(publication).update()).isEqualTo(1);
	}

	private boolean isComplete(UUID publication) {
		return jdbc.sql("select completion_date from event_publication where id = ?").param(publication)
			.query(java.time.OffsetDateTime.class).optional().isPresent();
	}

	/*
	 * When both nodes stored the notification at the same moment, the loser's unique-key violation marks the
	 * publication failed again: the next resubmission (EventResubmission, every 5 minutes) finds the row and
	 * completes it. The test resubmits again instead of waiting for the schedule.
	 */
	private void awaitComplete(UUID publication) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			if (!isComplete(publication) && "FAILED".equals(jdbc.sql("select status from event_publication where id = ?")
				.param(publication).query(String.class).single())) {
				node1.bean(IncompleteEventPublications.class)
					.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));
			}
			return isComplete(publication);
		});
	}

	private void awaitEventsHandled() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Integer.class).single() == 0);
	}

	private int auditCount(String action, String type, long id) {
		return jdbc.sql("select count(*) from audit_log where action = ? and object_type = ? and object_id = ?")
			.params(action, type, Long.toString(id)).query(Integer.class).single();
	}

	private int expiryNotices(long accountId, long applicationId) {
		return jdbc.sql("select count(*) from notifications where account_id = ? and ref_key like ?")
			.params(accountId, "application:" + applicationId + ":EXPIRED:%").query(Integer.class).single();
	}

	private int submittedNotices(long accountId, long applicationId) {
		return jdbc.sql("select count(*) from notifications where account_id = ? and ref_key like ?")
			.params(accountId, "application:" + applicationId + ":SUBMITTED:%").query(Integer.class).single();
	}

	private int mailsTo(String recipient, String subjectPart) {
		return jdbc.sql("select count(*) from mail_outbox where recipient = ? and subject like ?")
			.params(recipient, "%" + subjectPart + "%").query(Integer.class).single();
	}
}
