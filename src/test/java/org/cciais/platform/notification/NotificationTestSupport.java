package org.cciais.platform.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import jakarta.servlet.http.Cookie;

import org.cciais.platform.account.AccountId;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationId;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.enterprise.EnterpriseId;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.notification.internal.Notification;
import org.cciais.platform.notification.internal.NotificationRepository;
import org.cciais.platform.organization.OrganizationId;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Fixtures for the notification tests: a case with every party of an application, events published the way the
 * application module publishes them (inside a transaction, heard after commit), and waiting for the asynchronous
 * listeners by polling.
 */
abstract class NotificationTestSupport extends PlatformTest {

	/* Far above the ids the application module hands out in the same database, so the cases never meet. */
	private static final AtomicLong APPLICATION_IDS = new AtomicLong(
			7_000_000_000L + (System.nanoTime() % 1_000_000_000L) * 100);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EnterpriseQueries enterprises;

	/** An application and everyone who takes part in it. */
	record Case(long applicationId, EnterpriseFixture enterprise, OrganizationView reviewOrg,
			List<AccountView> reviewOrgAccounts, AccountView reviewer, OrganizationView consultingOrg,
			AccountView consultant) {
	}

	Case newCase() {
		var enterprise = enterprise();
		// As the application module does on submission: the enterprise is no longer purged 7 days after registering.
		registration.markApplicationSubmitted(enterprise.id());
		var reviewOrg = reviewOrg("JJJ");
		var orgAccounts = List.of(account(Role.REVIEW_ORG, reviewOrg.id()), account(Role.REVIEW_ORG, reviewOrg.id()));
		var reviewer = account(Role.REVIEWER, reviewOrg.id());
		var consultingOrg = consultingOrg("JJJ");
		var consultant = account(Role.CONSULTANT, consultingOrg.id());
		return new Case(APPLICATION_IDS.incrementAndGet(), enterprise, reviewOrg, orgAccounts, reviewer,
				consultingOrg, consultant);
	}

	/** A step of the case at the current platform time, as the application module would publish it. */
	ApplicationStateChanged step(Case c, ApplicationStatus from, ApplicationStatus to, String action,
			String opinion, boolean withReviewer, Instant materialsDueAt) {
		// Every step happens at least a millisecond after the one before, as people act one after the other.
		clock.advance(Duration.ofMillis(5));
		return ApplicationStateChanged
			.of(new ApplicationId(c.applicationId()), new EnterpriseId(c.enterprise().id()), Industry.FINANCE,
					Level.LEVEL_3)
			.organisations(new OrganizationId(c.reviewOrg().id()), new OrganizationId(c.consultingOrg().id()))
			.reviewer(withReviewer ? new AccountId(c.reviewer().id()) : null)
			.moved(from, to, action)
			.by("actor", Role.REVIEW_ORG)
			.opinion(opinion)
			.at(clock.instant())
			.materialsDueAt(materialsDueAt)
			.build();
	}

	ApplicationStateChanged step(Case c, ApplicationStatus from, ApplicationStatus to, String action) {
		return step(c, from, to, action, null, false, null);
	}

	void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	List<Notification> of(long accountId) {
		return notifications.findTop200ByAccountIdOrderByCreatedAtDescIdDesc(accountId);
	}

	List<Notification> of(long accountId, long applicationId) {
		return of(accountId).stream().filter(n -> ("application:" + applicationId).equals(n.getTopic())).toList();
	}

	/** Waits until the account has a notification matching the condition, and returns it. */
	Notification awaitNotification(long accountId, Predicate<Notification> condition) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> of(accountId).stream().filter(condition).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	Notification awaitToDo(long accountId, String link) {
		return awaitNotification(accountId, n -> n.isActionRequired() && link.equals(n.getLink()) && !n.isDone());
	}

	Notification awaitText(long accountId, String textPart) {
		return awaitNotification(accountId, n -> n.getText().contains(textPart));
	}

	/**
	 * Waits until this module's listener has handled every event published for the application so far (the event
	 * publication registry marks each delivery complete), for assertions that something did not happen.
	 */
	void awaitHandled(long applicationId) {
		String event = "%\"applicationId\":" + applicationId + ",%";
		assertThat(jdbc.queryForObject("select count(*) from event_publication where listener_id like ? and "
				+ "serialized_event like ?", Long.class, "%notification%", event)).isPositive();
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
				select count(*) from event_publication where completion_date is null and listener_id like ?
				and serialized_event like ?""", Long.class, "%notification%", event) == 0);
	}

	Notification reload(Notification n) {
		return notifications.findById(n.getId()).orElseThrow();
	}

	/** Logs in through the page form and returns the session cookie. */
	Cookie login(String username) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		if (session == null) {
			throw new IllegalStateException("no session after log-in: " + result.getResponse().getStatus()
					+ " " + result.getResponse().getRedirectedUrl());
		}
		return session;
	}
}
