package org.cciais.platform.application;

import java.time.LocalDate;
import java.util.List;

import org.cciais.platform.account.AccountId;
import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.enterprise.EnterpriseId;
import org.cciais.platform.organization.OrganizationId;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transition, creation included, is published as {@link ApplicationStateChanged} with its fields filled (the
 * notification module builds to-dos and e-mails from it), written to the history and to the audit log;
 * approval also publishes {@link ApplicationApproved} once.
 */
@RecordApplicationEvents
class WorkflowEventTests extends ApplicationTestSupport {

	@Autowired
	ApplicationEvents events;

	@Autowired
	AuditQueries audit;

	@Test
	void everyTransitionIsPublishedWithItsActorStatesAndParties() throws Exception {
		Parties p = parties();
		long id = applied(p, "GOVERNMENT");
		ok(act(p.orgToken(), id, "return", "{\"opinion\":\"请更换咨询机构\"}"));
		ok(resubmit(p.enterpriseToken(), id, "{}"));
		ok(act(p.orgToken(), id, "accept"));
		ok(act(p.orgToken(), id, "assign-reviewer", reviewerJson(p)));
		uploadAll(p.enterpriseToken(), id);
		ok(act(p.enterpriseToken(), id, "submit-materials"));
		ok(act(p.reviewerToken(), id, "doc-fail", "{\"opinion\":\"缺页\"}"));
		rectify(p.enterpriseToken(), id, rarPart("file"));
		ok(act(p.reviewerToken(), id, "doc-pass"));
		LocalDate onsite = LocalDate.now(clock).plusDays(2);
		ok(act(p.reviewerToken(), id, "schedule-onsite", "{\"onsiteDate\":\"" + onsite + "\"}"));
		ok(act(p.reviewerToken(), id, "onsite-pass"));
		ok(act(p.orgToken(), id, "org-confirm"));
		ok(act(p.expertToken(), id, "approve"));

		List<ApplicationStateChanged> changes = events.stream(ApplicationStateChanged.class)
			.filter(e -> e.applicationId().value() == id)
			.toList();
		assertThat(changes).extracting(ApplicationStateChanged::action)
			.containsExactly("submit", "return", "resubmit", "accept", "assign-reviewer", "submit-materials",
					"doc-fail", "rectify", "doc-pass", "schedule-onsite", "onsite-pass", "org-confirm", "approve");
		for (ApplicationStateChanged e : changes) {
			assertThat(e.enterpriseId()).isEqualTo(new EnterpriseId(p.enterprise().id()));
			assertThat(e.industry()).isEqualTo(Industry.GOVERNMENT);
			assertThat(e.level()).isEqualTo(Level.LEVEL_3);
			assertThat(e.reviewOrgId()).isEqualTo(new OrganizationId(p.reviewOrg().id()));
			assertThat(e.consultingOrgId()).isEqualTo(new OrganizationId(p.consultingOrg().id()));
			assertThat(e.actorUsername()).isNotBlank();
			assertThat(e.actorRole()).isNotNull();
			assertThat(e.to()).isNotNull();
			assertThat(e.at()).isNotNull();
		}
		ApplicationStateChanged created = changes.get(0);
		assertThat(created.from()).isNull();
		assertThat(created.to()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(created.actorRole()).isEqualTo(Role.ENTERPRISE);
		assertThat(changes.get(1).opinion()).isEqualTo("请更换咨询机构");
		assertThat(changes.get(2).from()).isEqualTo(ApplicationStatus.RETURNED);
		assertThat(changes.get(2).to()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(changes.get(3).materialsDueAt()).isNotNull();
		assertThat(changes.get(4).reviewerAccountId()).isEqualTo(new AccountId(p.reviewer().id()));
		assertThat(changes.get(4).from()).isEqualTo(ApplicationStatus.ACCEPTED).isEqualTo(changes.get(4).to());
		assertThat(changes.get(4).materialsDueAt()).isNotNull();
		assertThat(changes.get(5).materialsDueAt()).isNull();
		assertThat(changes.get(7).from()).isEqualTo(ApplicationStatus.DOC_RECTIFICATION);
		assertThat(changes.get(7).to()).isEqualTo(ApplicationStatus.DOC_REVIEW);
		// the platform's own words travel as their key and arguments, what was typed as typed
		assertThat(changes.get(4).opinion()).isNull();
		assertThat(changes.get(4).recorded()).isEqualTo(new ApplicationStateChanged.Recorded(
				"application.record.reviewerAssigned", List.of(p.reviewer().displayName())));
		assertThat(changes.get(6).opinion()).isEqualTo("缺页");
		assertThat(changes.get(6).recorded()).isNull();
		assertThat(changes.get(7).recorded().key()).isEqualTo("application.record.rectificationUploaded");
		assertThat(changes.get(9).opinion()).isNull();
		assertThat(changes.get(9).recorded()).isEqualTo(new ApplicationStateChanged.Recorded(
				"application.record.onsiteScheduled", List.of(onsite.toString())));
		assertThat(changes.get(12).to()).isEqualTo(ApplicationStatus.CERTIFIED);

		assertThat(events.stream(ApplicationApproved.class).filter(e -> e.applicationId() == id)).singleElement()
			.satisfies(e -> {
				assertThat(e.level()).isEqualTo(Level.LEVEL_3);
				assertThat(e.reviewOrgId()).isEqualTo(p.reviewOrg().id());
			});

		var history = view(p.enterpriseToken(), id).get("history");
		assertThat(history.size()).isEqualTo(changes.size());
		assertThat(audit.forObject("application", id)).extracting(AuditQueries.Entry::action)
			.contains("application.return", "application.resubmit", "application.rectify",
					"application.material.upload");
	}
}
