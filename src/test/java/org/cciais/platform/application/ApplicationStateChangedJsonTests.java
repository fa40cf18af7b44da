package org.cciais.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.cciais.platform.account.AccountId;
import org.cciais.platform.enterprise.EnterpriseId;
import org.cciais.platform.organization.OrganizationId;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The event as the event publication registry keeps it (JSON by Jackson): readable, its typed ids plain numbers as
 * they were before they were typed, and an event stored before {@code awaiting} existed (an incomplete publication
 * republished after the upgrade) still reads, with the party its state awaits.
 */
class ApplicationStateChangedJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	/** An event as the registry stored it before the ids were typed (and after {@code awaiting} was added). */
	private static final String STORED = """
			{"applicationId":7,"enterpriseId":11,"industry":"FINANCE","level":"LEVEL_3","from":"ACCEPTED",
			"to":"DOC_REVIEW","action":"assign-reviewer","actorUsername":"pingshen","actorRole":"REVIEW_ORG",
			"reviewOrgId":21,"consultingOrgId":22,"reviewerAccountId":31,"opinion":null,
			"at":"2026-03-05T01:00:00Z","materialsDueAt":null,"awaiting":["ASSIGNED_REVIEWER"]}""";

	/** The event of {@link #STORED}. */
	private static ApplicationStateChanged assigned() {
		return ApplicationStateChanged
			.of(new ApplicationId(7), new EnterpriseId(11), Industry.FINANCE, Level.LEVEL_3)
			.organisations(new OrganizationId(21), new OrganizationId(22))
			.reviewer(new AccountId(31))
			.moved(ApplicationStatus.ACCEPTED, ApplicationStatus.DOC_REVIEW, "assign-reviewer")
			.by("pingshen", Role.REVIEW_ORG)
			.at(Instant.parse("2026-03-05T01:00:00Z"))
			.awaiting(Set.of(Party.ASSIGNED_REVIEWER))
			.build();
	}

	@Test
	void anEventIsStoredWithTheAwaitedPartiesByName() {
		ApplicationStateChanged event = ApplicationStateChanged
			.of(new ApplicationId(7), new EnterpriseId(11), Industry.FINANCE, Level.LEVEL_3)
			.organisations(new OrganizationId(21), new OrganizationId(22))
			.moved(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED, "accept")
			.by("pingshen", Role.REVIEW_ORG)
			.opinion("同意受理")
			.at(Instant.parse("2026-03-03T01:00:00Z"))
			.materialsDueAt(Instant.parse("2026-03-10T01:00:00Z"))
			.awaiting(Set.of(Party.OWNER))
			.build();

		String stored = json.writeValueAsString(event);

		assertThat(stored).contains("\"awaiting\":[\"OWNER\"]").contains("\"to\":\"ACCEPTED\"");
		assertThat(json.readValue(stored, ApplicationStateChanged.class)).isEqualTo(event);
	}

	@Test
	void thePlatformsOwnWordsAreStoredAsTheirKeyAndArgumentsAndAnEventStoredBeforeReadsWithoutThem() {
		ApplicationStateChanged event = ApplicationStateChanged
			.of(new ApplicationId(7), new EnterpriseId(11), Industry.FINANCE, Level.LEVEL_3)
			.organisations(new OrganizationId(21), new OrganizationId(22))
			.reviewer(new AccountId(31))
			.moved(ApplicationStatus.ACCEPTED, ApplicationStatus.DOC_REVIEW, "assign-reviewer")
			.by("pingshen", Role.REVIEW_ORG)
			.opinion("请尽快审核")
			.recorded(new ApplicationStateChanged.Recorded("application.record.reviewerAssigned",
					java.util.List.of("王评审")))
			.at(Instant.parse("2026-03-05T01:00:00Z"))
			.build();

		String stored = json.writeValueAsString(event);

		assertThat(stored).contains(
				"\"recorded\":{\"key\":\"application.record.reviewerAssigned\",\"args\":[\"王评审\"]}");
		assertThat(json.readValue(stored, ApplicationStateChanged.class)).isEqualTo(event);
		assertThat(json.readValue(STORED, ApplicationStateChanged.class).recorded()).isNull();
	}

	@Test
	void anEventIsStoredAsItWasBeforeItsIdsWereTypedEachIdAPlainNumber() {
		ApplicationStateChanged event = assigned();

		assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(json.readTree(STORED));
	}

	@Test
	void anEventStoredBeforeItsIdsWereTypedReadsAsTheSameEvent() {
		ApplicationStateChanged event = json.readValue(STORED, ApplicationStateChanged.class);

		assertThat(event).isEqualTo(assigned());
	}

	@Test
	void anEventStoredWithoutAConsultingOrganisationOrAReviewerReadsWithNone() {
		String stored = STORED.replace("\"consultingOrgId\":22", "\"consultingOrgId\":null")
			.replace("\"reviewerAccountId\":31", "\"reviewerAccountId\":null");

		ApplicationStateChanged event = json.readValue(stored, ApplicationStateChanged.class);

		assertThat(event.consultingOrgId()).isNull();
		assertThat(event.reviewerAccountId()).isNull();
		assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(json.readTree(stored));
	}

	@Test
	void anEventStoredBeforeAwaitingExistedReadsWithThePartyItsStateAwaits() {
		String before = """
				{"applicationId":7,"enterpriseId":11,"industry":"FINANCE","level":"LEVEL_3","from":"ACCEPTED",
				"to":"DOC_REVIEW","action":"submit-materials","actorUsername":"qiye","actorRole":"ENTERPRISE",
				"reviewOrgId":21,"consultingOrgId":22,"reviewerAccountId":null,"opinion":null,
				"at":"2026-03-05T01:00:00Z","materialsDueAt":null}""";
		String assigned = before.replace("\"reviewerAccountId\":null", "\"reviewerAccountId\":31");

		assertThat(json.readValue(before, ApplicationStateChanged.class).awaiting())
			.containsExactly(Party.REVIEW_ORG);
		assertThat(json.readValue(assigned, ApplicationStateChanged.class).awaiting())
			.containsExactly(Party.ASSIGNED_REVIEWER);
	}
}
