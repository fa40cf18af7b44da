package org.cciais.platform.notification.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cciais.platform.account.AccountId;
import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.enterprise.EnterpriseView;
import org.cciais.platform.organization.OrganizationId;
import org.cciais.platform.shared.Role;

/**
 * The parties of the application steps handled together (one event, or a batch of the deadline sweep): the accounts
 * each step is addressed to and the enterprises' names. The first question of a kind is answered for every step of
 * the batch in one query, so a batch of fifty cases costs a query per kind, not fifty.
 */
final class CaseParties {

	private final AccountManagement accounts;
	private final EnterpriseQueries enterprises;
	private final List<ApplicationStateChanged> steps;

	private final Map<Long, List<AccountView>> ofEnterprise = new HashMap<>();
	private final Map<Long, List<AccountView>> ofReviewOrg = new HashMap<>();
	private final Map<Long, List<AccountView>> ofConsultingOrg = new HashMap<>();
	private final Map<Long, Optional<AccountView>> reviewers = new HashMap<>();
	private final Map<Long, Optional<String>> enterpriseNames = new HashMap<>();
	private List<AccountView> experts;

	CaseParties(AccountManagement accounts, EnterpriseQueries enterprises, List<ApplicationStateChanged> steps) {
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.steps = steps;
	}

	List<AccountView> enterprise(ApplicationStateChanged e) {
		return answer(ofEnterprise, e.enterpriseId().value(), s -> s.enterpriseId().value(),
				accounts::findByEnterprises, List.of());
	}

	List<AccountView> reviewOrg(ApplicationStateChanged e) {
		return answer(ofReviewOrg, e.reviewOrgId().value(),
				s -> Optional.ofNullable(s.reviewOrgId()).map(OrganizationId::value).orElse(null),
				ids -> accounts.findByOrganizations(ids, Role.REVIEW_ORG), List.of());
	}

	List<AccountView> consultants(ApplicationStateChanged e) {
		return e.consultingOrgId() == null ? List.of()
				: answer(ofConsultingOrg, e.consultingOrgId().value(),
						s -> Optional.ofNullable(s.consultingOrgId()).map(OrganizationId::value).orElse(null),
						ids -> accounts.findByOrganizations(ids, Role.CONSULTANT), List.of());
	}

	List<AccountView> reviewer(ApplicationStateChanged e) {
		return e.reviewerAccountId() == null ? List.of()
				: answer(reviewers, e.reviewerAccountId().value(),
						s -> Optional.ofNullable(s.reviewerAccountId()).map(AccountId::value).orElse(null),
						ids -> wrap(accounts.findAllById(ids)), Optional.<AccountView>empty())
					.stream()
					.toList();
	}

	List<AccountView> experts() {
		if (experts == null) {
			experts = accounts.findByRole(Role.EXPERT);
		}
		return experts;
	}

	Optional<String> enterpriseName(ApplicationStateChanged e) {
		return answer(enterpriseNames, e.enterpriseId().value(), s -> s.enterpriseId().value(),
				ids -> names(enterprises.findAll(ids)), Optional.<String>empty());
	}

	/* The cached answer for key, else the answers for the keys of every step not asked yet, in one look-up. */
	private <V> V answer(Map<Long, V> known, long key, Function<ApplicationStateChanged, Long> keyOf,
			Function<Collection<Long>, Map<Long, V>> lookUp, V none) {
		if (!known.containsKey(key)) {
			Set<Long> keys = new LinkedHashSet<>();
			keys.add(key);
			steps.stream().map(keyOf).filter(Objects::nonNull).filter(k -> !known.containsKey(k)).forEach(keys::add);
			Map<Long, V> found = lookUp.apply(keys);
			keys.forEach(k -> known.put(k, found.getOrDefault(k, none)));
		}
		return known.get(key);
	}

	private static Map<Long, Optional<AccountView>> wrap(Map<Long, AccountView> found) {
		Map<Long, Optional<AccountView>> wrapped = new HashMap<>();
		found.forEach((id, a) -> wrapped.put(id, Optional.of(a)));
		return wrapped;
	}

	private static Map<Long, Optional<String>> names(Map<Long, EnterpriseView> found) {
		Map<Long, Optional<String>> named = new HashMap<>();
		found.forEach((id, v) -> named.put(id, Optional.ofNullable(v.name())));
		return named;
	}
}
