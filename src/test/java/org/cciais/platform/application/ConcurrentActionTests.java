package org.cciais.platform.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.internal.Actor;
import org.cciais.platform.application.internal.QualificationApplication;
import org.cciais.platform.application.internal.QualificationApplication.Details;
import org.cciais.platform.application.internal.QualificationApplications;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two people acting on one case at once: exactly one succeeds, the other gets 409 (optimistic locking). */
class ConcurrentActionTests extends ApplicationTestSupport {

	@Autowired
	QualificationApplications applications;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void twoReviewOrganisationAccountsDecideAtOnceAndOnlyOneWins() throws Exception {
		Parties p = parties();
		AccountView colleague = account(Role.REVIEW_ORG, p.reviewOrg().id());
		String colleagueToken = token(colleague.username());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 3; round++) {
				long id = applied(p, round == 0 ? "GOVERNMENT" : round == 1 ? "FINANCE" : "TELECOM");
				CountDownLatch start = new CountDownLatch(1);
				Future<Integer> accept = pool.submit(() -> {
					start.await();
					return act(p.orgToken(), id, "accept").andReturn().getResponse().getStatus();
				});
				Future<Integer> giveBack = pool.submit(() -> {
					start.await();
					return act(colleagueToken, id, "return", "{\"opinion\":\"同时退回\"}").andReturn()
						.getResponse()
						.getStatus();
				});
				start.countDown();
				List<Integer> statuses = new ArrayList<>(List.of(accept.get(30, TimeUnit.SECONDS),
						giveBack.get(30, TimeUnit.SECONDS)));
				assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
				JsonNode after = view(p.enterpriseToken(), id);
				assertThat(stateOf(after)).isEqualTo(statuses.get(0) == 200 ? "ACCEPTED" : "RETURNED");
				assertThat(after.get("history").size()).isEqualTo(2);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The deterministic version: a change made on a stale copy of the case loses at commit. */
	@Test
	void aChangeOnAStaleCopyOfTheCaseLoses() throws Exception {
		Parties p = parties();
		long id = applied(p, "ENERGY");
		Actor org = Actor.of(principal(p.orgAccount()));
		TransactionTemplate outer = new TransactionTemplate(transactions);
		TransactionTemplate inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		assertThatThrownBy(() -> outer.executeWithoutResult(s -> {
			QualificationApplication stale = applications.findById(id).orElseThrow();
			inner.executeWithoutResult(t -> applications.findById(id)
				.orElseThrow()
				.perform(WorkflowAction.ACCEPT, org, Details.NONE, clock.instant()));
			stale.perform(WorkflowAction.RETURN, org, new Details("退回", null, null, null), clock.instant());
		})).isInstanceOf(ObjectOptimisticLockingFailureException.class);

		assertThat(stateOf(view(p.enterpriseToken(), id))).isEqualTo("ACCEPTED");
	}
}
