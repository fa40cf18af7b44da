package org.cciais.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The event as the event publication registry keeps it (JSON by Jackson): readable, and an event stored before
 * {@code awaiting} existed (an incomplete publication republished after the upgrade) still reads, with the party
 * its state awaits.
 */
class ApplicationStateChangedJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	/** An event as the registry stored it before the ids were typed (and after {@code awaiting} was added). */
	private static final String STORED = """
			{"applicationId":7,"enterpriseId":11,"industry":"FINANCE","level":"LEVEL_3","from":"ACCEPTED",
			"to":"DOC_REVIEW","action":"assign-reviewer","actorUsername":"pingshen","actorRole":"REVIEW_ORG",
			"reviewOrgId":21,"consultingOrgId":22,"reviewerAccountId":31,"opinion":null,
			"at":"2026-03-05T01:00:00Z","materialsDueAt":null,"awaiting":["ASSIGNED_REVIEWER"]}""";

	@Test
	void anEventIsStoredWithTheAwaitedPartiesByName() {
		ApplicationStateChanged event = new ApplicationStateChanged(7, 11, Industry.FINANCE, Level.LEVEL_3,
				ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED, "accept", "pingshen", Role.REVIEW_ORG, 21,
				22L, null, "同意受理", Instant.parse("2026-03-03T01:00:00Z"), Instant.parse("2026-03-10T01:00:00Z"),
				Set.of(Party.OWNER));

		String stored = json.writeValueAsString(event);

		assertThat(stored).contains("\"awaiting\":[\"OWNER\"]").contains("\"to\":\"ACCEPTED\"");
		assertThat(json.readValue(stored, ApplicationStateChanged.class)).isEqualTo(event);
	}

	@Test
	void anEventIsStoredAsItWasBeforeItsIdsWereTypedEachIdAPlainNumber() {
		ApplicationStateChanged event = new ApplicationStateChanged(7, 11, Industry.FINANCE, Level.LEVEL_3,
				ApplicationStatus.ACCEPTED, ApplicationStatus.DOC_REVIEW, "assign-reviewer", "pingshen",
				Role.REVIEW_ORG, 21, 22L, 31L, null, Instant.parse("2026-03-05T01:00:00Z"), null,
				Set.of(Party.ASSIGNED_REVIEWER));

		assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(json.readTree(STORED));
	}

	@Test
	void anEventStoredBeforeItsIdsWereTypedReadsAsTheSameEvent() {
		ApplicationStateChanged event = json.readValue(STORED, ApplicationStateChanged.class);

		assertThat(event).isEqualTo(new ApplicationStateChanged(7, 11, Industry.FINANCE, Level.LEVEL_3,
				ApplicationStatus.ACCEPTED, ApplicationStatus.DOC_REVIEW, "assign-reviewer", "pingshen",
				Role.REVIEW_ORG, 21, 22L, 31L, null, Instant.parse("2026-03-05T01:00:00Z"), null,
				Set.of(Party.ASSIGNED_REVIEWER)));
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
