package org.cciais.platform.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cciais.platform.account.AccountId;
import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.cciais.platform.enterprise.EnterpriseId;
import org.cciais.platform.organization.OrganizationId;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * Published on every transition of an application (and on creation, with {@code from} null). The notification
 * module turns it into to-dos and e-mails for the parties in {@code awaiting}. Its ids are typed (one id cannot
 * stand for another) and stored as plain numbers; build it with {@link #of}, which names each part.
 *
 * @param action the workflow action code of API.md ({@code submit}, {@code accept}, {@code doc-fail}, …; {@code
 * expire} for the deadline job, {@code rectify} for a rectification upload, {@code resubmit}, {@code
 * assign-reviewer})
 * @param consultingOrgId null when the enterprise applies without a consulting organisation
 * @param reviewerAccountId null until a reviewer is assigned
 * @param opinion what the party typed, null for nothing (an event stored before {@code recorded} existed: also the
 * platform's own words, in Chinese)
 * @param materialsDueAt the 7-day materials deadline while ACCEPTED, else null
 * @param awaiting whose action the case awaits now, from the workflow's state table (the review organisation while
 * a review awaits a reviewer not yet assigned); empty once ended. An event stored before this field existed reads
 * it as null and gets it from {@code to} and {@code reviewerAccountId}.
 * @param recorded the platform's own words of the step (指派评审员：…, 现场审核日期：…, 已上传整改文件：…, the 7-day
 * expiry) as a bundle key and its arguments, to be said in each recipient's language before {@code opinion}; null
 * for none (and then not stored, so that an event without it is stored as before; one stored before reads it as null)
 */
public record ApplicationStateChanged(ApplicationId applicationId, EnterpriseId enterpriseId, Industry industry,
		Level level, ApplicationStatus from, ApplicationStatus to, String action, String actorUsername, Role actorRole,
		OrganizationId reviewOrgId, OrganizationId consultingOrgId, AccountId reviewerAccountId, String opinion,
		Instant at, Instant materialsDueAt, Set<Party> awaiting, @JsonInclude(Include.NON_NULL) Recorded recorded) {

	/** Words of the platform's own: a message key of the bundles and its arguments. */
	public record Recorded(String key, List<String> args) {

		public Recorded {
			args = args == null ? List.of() : List.copyOf(args);
		}
	}

	public ApplicationStateChanged {
		awaiting = awaiting == null ? ApplicationWorkflow.awaiting(to, reviewerAccountId == null ? null
				: reviewerAccountId.value()) : Set.copyOf(awaiting);
	}

	/** The change of the case {@code application}, its other parts named one by one on the builder. */
	public static Builder of(ApplicationId application, EnterpriseId enterprise, Industry industry, Level level) {
		return new Builder(application, enterprise, industry, level);
	}

	/** The same change, of the case with this id (a new case has its id only once saved). */
	public ApplicationStateChanged withApplicationId(ApplicationId id) {
		return new ApplicationStateChanged(id, enterpriseId, industry, level, from, to, action, actorUsername,
				actorRole, reviewOrgId, consultingOrgId, reviewerAccountId, opinion, at, materialsDueAt, awaiting,
				recorded);
	}

	/** The parts of a change by name; what is not named is null ({@code awaiting}: from the state table). */
	public static final class Builder {

		private final ApplicationId application;
		private final EnterpriseId enterprise;
		private final Industry industry;
		private final Level level;
		private ApplicationStatus from;
		private ApplicationStatus to;
		private String action;
		private String actorUsername;
		private Role actorRole;
		private OrganizationId reviewOrg;
		private OrganizationId consultingOrg;
		private AccountId reviewer;
		private String opinion;
		private Instant at;
		private Instant materialsDueAt;
		private Set<Party> awaiting;
		private Recorded recorded;

		private Builder(ApplicationId application, EnterpriseId enterprise, Industry industry, Level level) {
			this.application = application;
			this.enterprise = enterprise;
			this.industry = industry;
			this.level = level;
		}

		/** The organisations of the case: the review organisation and the consulting one (null for none). */
		public Builder organisations(OrganizationId reviewOrg, OrganizationId consultingOrg) {
			this.reviewOrg = reviewOrg;
			this.consultingOrg = consultingOrg;
			return this;
		}

		/** The reviewer assigned to the case, null for none yet. */
		public Builder reviewer(AccountId reviewer) {
			this.reviewer = reviewer;
			return this;
		}

		/** The step: from which state ({@code null} on creation) to which, by which action. */
		public Builder moved(ApplicationStatus from, ApplicationStatus to, String action) {
			this.from = from;
			this.to = to;
			this.action = action;
			return this;
		}

		/** Who did it ({@code role} null for the platform itself). */
		public Builder by(String username, Role role) {
			this.actorUsername = username;
			this.actorRole = role;
			return this;
		}

		/** What the party typed. */
		public Builder opinion(String opinion) {
			this.opinion = opinion;
			return this;
		}

		/** The platform's own words of the step, null for none. */
		public Builder recorded(Recorded recorded) {
			this.recorded = recorded;
			return this;
		}

		public Builder at(Instant at) {
			this.at = at;
			return this;
		}

		public Builder materialsDueAt(Instant materialsDueAt) {
			this.materialsDueAt = materialsDueAt;
			return this;
		}

		/** Whose action the case awaits, when the caller knows it better than the state table. */
		public Builder awaiting(Set<Party> awaiting) {
			this.awaiting = awaiting;
			return this;
		}

		public ApplicationStateChanged build() {
			return new ApplicationStateChanged(application, enterprise, industry, level, from, to, action,
					actorUsername, actorRole, reviewOrg, consultingOrg, reviewer, opinion, at, materialsDueAt,
					awaiting, recorded);
		}
	}
}
