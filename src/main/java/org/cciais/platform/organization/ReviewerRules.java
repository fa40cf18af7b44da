package org.cciais.platform.organization;

import java.util.Collection;
import java.util.Optional;

import org.cciais.platform.shared.Labelled;

/**
 * The rules of 评审员管理 as plain functions: who may not be assigned to a case, and which pair of organisations an
 * enterprise may not choose together. Each answers the message key of the rule that refuses, or empty.
 */
public final class ReviewerRules {

	/** A reviewer's status in the review organisation's record ({@code reviewer.status.X}). */
	public enum Status implements Labelled {

		ACTIVE, INACTIVE;

		@Override
		public String messagePrefix() {
			return "reviewer.status";
		}
	}

	/** The kind of a declared conflict of interest ({@code reviewer.conflictKind.X}). */
	public enum ConflictKind implements Labelled {

		EMPLOYMENT, CONSULTING, FAMILY;

		@Override
		public String messagePrefix() {
			return "reviewer.conflictKind";
		}
	}

	/** One declared conflict: the enterprise's 统一社会信用代码 and the kind. */
	public record Conflict(long id, String creditCode, ConflictKind kind, String note) {
	}

	private ReviewerRules() {
	}

	/**
	 * Why the reviewer may not be assigned to a case of the enterprise: inactive, or a declared conflict with its
	 * credit code; empty when they may.
	 */
	public static Optional<String> refusal(Status status, Collection<Conflict> conflicts, String enterpriseCreditCode) {
		if (status == Status.INACTIVE) {
			return Optional.of("reviewer.assign.inactive");
		}
		if (enterpriseCreditCode != null && conflicts.stream()
			.anyMatch(c -> c.creditCode().equalsIgnoreCase(enterpriseCreditCode.trim()))) {
			return Optional.of("reviewer.assign.conflict");
		}
		return Optional.empty();
	}

	/** Why the enterprise may not choose the two organisations together, given the review org's related ones. */
	public static Optional<String> pairRefusal(Collection<Long> relatedConsultingOrgs, Long consultingOrgId) {
		return consultingOrgId != null && relatedConsultingOrgs.contains(consultingOrgId)
				? Optional.of("organization.relationship.refused") : Optional.empty();
	}
}
