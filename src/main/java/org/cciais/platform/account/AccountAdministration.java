package org.cciais.platform.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.cciais.platform.account.internal.Account;
import org.cciais.platform.account.internal.AccountSessions;
import org.cciais.platform.account.internal.LoginThrottle;
import org.cciais.platform.account.internal.Accounts;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理: the association lists every account with its status, disables and enables accounts (a disabled account
 * cannot log in and its sessions and tokens end at once), lifts lock-outs and edits staff accounts' contacts. Every
 * change is audited. The organisation a staff account belongs to is checked by the organisation module first.
 */
@Service
@Transactional
public class AccountAdministration {

	/** Accounts whose organisation and contacts the association keeps (enterprises and persons keep their own). */
	public static final Set<Role> STAFF = EnumSet.of(Role.REVIEW_ORG, Role.REVIEWER, Role.CONSULTANT, Role.EXPERT,
			Role.ADMIN);

	private static final String PHONE = "[0-9+() -]{5,32}";

	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private final Accounts accounts;
	private final AccountSessions sessions;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final LoginThrottle throttle;

	AccountAdministration(Accounts accounts, AccountSessions sessions, ApplicationEventPublisher events,
			Clock clock, LoginThrottle throttle) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
		this.throttle = throttle;
	}

	/** Sortable columns of 用户管理; unsorted, by role then login name (as it always was). */
	public static final Sortable SORT = Sortable.by(Sort.by("role", "username"))
		.field("username")
		.field("displayName")
		.field("role")
		.field("createdAt");

	/** Paged, by role, status and a part of the login name or name; ordered by role then login name. */
	@Transactional(readOnly = true)
	public Page<AccountSummary> search(Role role, AccountStatus status, String text, int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "paging.page.invalid");
		}
		if (size < 1 || size > LoginLog.MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "paging.size.invalid", LoginLog.MAX_PAGE_SIZE);
		}
		return search(role, status, text, PageRequest.of(page, size, SORT.resolve(null)));
	}

	/** {@link #search(Role, AccountStatus, String, int, int)} in the page and order asked for; see {@link #SORT}. */
	@Transactional(readOnly = true)
	public Page<AccountSummary> search(Role role, AccountStatus status, String text, Pageable pageable) {
		Instant now = clock.instant();
		String needle = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
		Set<Long> lockedIds = status == AccountStatus.LOCKED || status == AccountStatus.ACTIVE ? lockedAccountIds()
				: Set.of();
		Specification<Account> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (role != null) {
				where.add(cb.equal(root.get("role"), role));
			}
			if (needle != null) {
				where.add(cb.or(cb.like(cb.lower(root.get("username")), needle),
						cb.like(cb.lower(root.get("displayName")), needle)));
			}
			if (status == AccountStatus.DISABLED) {
				where.add(cb.isFalse(root.get("enabled")));
			}
			else if (status == AccountStatus.LOCKED) {
				where.add(cb.isTrue(root.get("enabled")));
				where.add(lockedIds.isEmpty() ? cb.disjunction() : root.get("id").in(lockedIds));
			}
			else if (status == AccountStatus.ACTIVE) {
				where.add(cb.isTrue(root.get("enabled")));
				if (!lockedIds.isEmpty()) {
					where.add(cb.not(root.get("id").in(lockedIds)));
				}
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return accounts.findAll(spec, pageable)
			.map(a -> summary(a, now));
	}

	/** The enabled accounts whose login name the throttle refuses now from at least one client address. */
	private Set<Long> lockedAccountIds() {
		Set<String> keys = throttle.lockedKeys();
		if (keys.isEmpty()) {
			return Set.of();
		}
		Set<Long> ids = new HashSet<>();
		for (Object[] row : accounts.enabledIdsAndNames()) {
			if (keys.contains(LoginThrottle.key((String) row[1]))) {
				ids.add((Long) row[0]);
			}
		}
		return ids;
	}

	@Transactional(readOnly = true)
	public AccountSummary get(String username) {
		return summary(find(username), clock.instant());
	}

	/** Switches the account off and ends its sessions and tokens at once. An administrator cannot disable itself. */
	public void disable(String username, PlatformPrincipal admin) {
		Account account = find(username);
		if (admin != null && account.getId().equals(admin.accountId())) {
			throw new ConflictException("account.disable.self");
		}
		if (account.isEnabled()) {
			account.disable();
			sessions.endAll(account);
			events.publishEvent(AuditRecord.of(admin, "account.disable", "account", account.getId(),
					"停用账号 " + account.getUsername()));
		}
	}

	public void enable(String username, PlatformPrincipal admin) {
		Account account = find(username);
		if (!account.isEnabled()) {
			account.enable();
			events.publishEvent(AuditRecord.of(admin, "account.enable", "account", account.getId(),
					"启用账号 " + account.getUsername()));
		}
	}

	/** Lifts a lock-out from failed log-ins (the failure count starts again from zero). */
	public void unlock(String username, PlatformPrincipal admin) {
		Account account = find(username);
		throttle.forget(account.getUsername());
		events.publishEvent(AuditRecord.of(admin, "account.unlock", "account", account.getId(),
				"解除锁定 " + account.getUsername()));
	}

	/**
	 * Changes a staff account's organisation (already checked by the caller to suit the role), name, phone and
	 * e-mail. The audit detail says what changed from what.
	 */
	public AccountSummary updateStaff(String username, Long organizationId, String displayName, String phone,
			String email, PlatformPrincipal admin) {
		Account account = find(username);
		if (!STAFF.contains(account.getRole())) {
			throw new ConflictException("account.edit.notStaff");
		}
		String name = blankToNull(displayName);
		String tel = blankToNull(phone);
		String mail = blankToNull(email);
		if (name == null) {
			throw new InvalidInputException("displayName", "account.displayName.required");
		}
		if (name.length() > 200) {
			throw new InvalidInputException("displayName", "account.displayName.tooLong");
		}
		if (tel != null && !tel.matches(PHONE)) {
			throw new InvalidInputException("phone", "account.phone.format");
		}
		if (mail != null && (mail.length() > 200 || !mail.matches(EMAIL))) {
			throw new InvalidInputException("email", "account.email.format");
		}
		List<String> changes = new ArrayList<>();
		note(changes, "所属机构", account.getOrganizationId(), organizationId);
		note(changes, "名称", account.getDisplayName(), name);
		note(changes, "电话", account.getPhone(), tel);
		note(changes, "邮箱", account.getEmail(), mail);
		if (!changes.isEmpty()) {
			account.moveToOrganization(organizationId);
			account.rename(name);
			account.changePhone(tel);
			account.changeEmail(mail);
			events.publishEvent(AuditRecord.of(admin, "account.update", "account", account.getId(),
					"修改账号 " + account.getUsername() + "：" + String.join("；", changes)));
		}
		return summary(account, clock.instant());
	}

	private static void note(List<String> changes, String what, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(what + " " + (before == null ? "（空）" : before) + " → " + (after == null ? "（空）" : after));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private Account find(String username) {
		return accounts.findByUsername(username == null ? "" : username.trim())
			.orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	private AccountSummary summary(Account a, Instant now) {
		Instant lockedUntil = a.isEnabled() ? throttle.lockedUntil(a.getUsername()).orElse(null) : null;
		AccountStatus status = !a.isEnabled() ? AccountStatus.DISABLED
				: lockedUntil != null ? AccountStatus.LOCKED : AccountStatus.ACTIVE;
		return new AccountSummary(a.getId(), a.getUsername(), a.getRole(), a.getDisplayName(), a.getEmail(),
				a.getPhone(), a.getOrganizationId(), a.getEnterpriseId(), status,
				lockedUntil, a.getCreatedAt());
	}
}
