package org.cciais.platform.organization;

import java.util.List;

import org.cciais.platform.organization.ReviewerRules.Conflict;
import org.cciais.platform.organization.ReviewerRules.ConflictKind;
import org.cciais.platform.organization.ReviewerRules.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of 评审员管理 as plain functions: conflict refuses, inactive refuses, unrelated allowed. */
class ReviewerRulesTests {

	private static final String ENTERPRISE = "91110108MA01ABCD2X";

	@Test
	void aDeclaredConflictWithTheCaseEnterpriseRefusesTheAssignment() {
		List<Conflict> conflicts = List.of(new Conflict(1, ENTERPRISE, ConflictKind.FAMILY, "配偶任财务"));
		assertThat(ReviewerRules.refusal(Status.ACTIVE, conflicts, ENTERPRISE)).contains("reviewer.assign.conflict");
		assertThat(ReviewerRules.refusal(Status.ACTIVE, conflicts, "91110108ma01abcd2x"))
			.contains("reviewer.assign.conflict");
	}

	@Test
	void anInactiveReviewerIsRefusedWhateverTheEnterprise() {
		assertThat(ReviewerRules.refusal(Status.INACTIVE, List.of(), ENTERPRISE)).contains("reviewer.assign.inactive");
	}

	@Test
	void anActiveReviewerWithoutAConflictWithThisEnterpriseMayBeAssigned() {
		List<Conflict> other = List.of(new Conflict(1, "91310000MA1FL0001Q", ConflictKind.EMPLOYMENT, null));
		assertThat(ReviewerRules.refusal(Status.ACTIVE, other, ENTERPRISE)).isEmpty();
		assertThat(ReviewerRules.refusal(Status.ACTIVE, List.of(), ENTERPRISE)).isEmpty();
	}

	@Test
	void aRelatedConsultingOrganisationCannotBeChosenWithTheReviewOrganisation() {
		assertThat(ReviewerRules.pairRefusal(List.of(7L, 9L), 9L)).contains("organization.relationship.refused");
		assertThat(ReviewerRules.pairRefusal(List.of(7L), 8L)).isEmpty();
		assertThat(ReviewerRules.pairRefusal(List.of(), 8L)).isEmpty();
	}
}
