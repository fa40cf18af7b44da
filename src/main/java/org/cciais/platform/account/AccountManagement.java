package org.cciais.platform.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cciais.platform.account.internal.Account;
import org.cciais.platform.account.internal.AccountSessions;
import org.cciais.platform.account.internal.Accounts;
import org.cciais.platform.account.internal.ApiToken;
import org.cciais.platform.account.internal.ApiTokens;
import org.cciais.platform.account.internal.LoginMetrics;
import org.cciais.platform.account.internal.LoginThrottle;
import org.cciais.platform.account.internal.TokenAuthenticator;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.TooManyAttemptsException;
import org.cciais.platform.shared.web.Languages;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: opening, log-in bookkeeping, API tokens, password change and reset. Every change is audited.
 */
@Service
@Transactional
public class AccountManagement {

	static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

	/** Login names: 3 to 64 letters, digits or {@code _ . @ -}. */
	public static final String USERNAME_PATTERN = "[A-Za-z0-9_.@-]{3,64}";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Accounts accounts;
	private final ApiTokens tokens;
	private final PasswordEncoder passwordEncoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AccountSessions sessions;
	private final LoginThrottle throttle;
	private final MessageSource messages;
	private final TokenAuthenticator tokenAuthenticator;

	AccountManagement(Accounts accounts, ApiTokens tokens, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock,
			AccountSessions sessions, LoginThrottle throttle, MessageSource messages,
			TokenAuthenticator tokenAuthenticator) {
		this.tokenAuthenticator = tokenAuthenticator;
		this.throttle = throttle;
		this.messages = messages;
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.sessions = sessions;
	}

	/**
	 * The login name and password a registration proposes (both registration pages, manual figure 2), each refusal
	 * collected under its field ({@code username}, {@code password}) so that a page shows them beside the fields
	 * with its own.
	 */
	@Transactional(readOnly = true)
	public void checkNewCredentials(InvalidInputException.Collector errors, String username, String password) {
		if (username == null || username.isBlank()) {
			errors.reject("username", "account.username.required");
		}
		else if (!username.trim().matches(USERNAME_PATTERN)) {
			errors.reject("username", "account.username.format");
		}
		else if (accounts.existsByUsername(username.trim())) {
			errors.reject("username", "account.username.taken");
		}
		try {
			PasswordPolicy.check("password", password, username);
		}
		catch (InvalidInputException ex) {
			errors.reject("password", ex.messageKey(), ex.args());
		}
	}

	/** Opens an account; the caller (registration, ADMIN) is audited as {@code by}. */
	public AccountView create(NewAccount cmd, PlatformPrincipal by) {
		String username = cmd.username() == null ? "" : cmd.username().trim();
		if (!username.matches(USERNAME_PATTERN)) {
			throw new InvalidInputException("username", "account.username.format");
		}
		if (accounts.existsByUsername(username)) {
			throw new InvalidInputException("username", "account.username.taken");
		}
		if (cmd.role() == null) {
			throw new InvalidInputException("role", "account.role.required");
		}
		boolean needsOrganization = switch (cmd.role()) {
			case REVIEW_ORG, REVIEWER, CONSULTANT -> true;
			default -> false;
		};
		if (needsOrganization && cmd.organizationId() == null) {
			throw new InvalidInputException("organizationId", "account.organization.required");
		}
		PasswordPolicy.check("password", cmd.password(), username);
		Account account = accounts.save(new Account(username, passwordEncoder.encode(cmd.password()), cmd.role(),
				cmd.displayName() == null || cmd.displayName().isBlank() ? username : cmd.displayName().trim(),
				cmd.email(), cmd.enterpriseId(), needsOrganization ? cmd.organizationId() : null, clock.instant()));
		events.publishEvent(AuditRecord.of(by, "account.create", "account", account.getId(),
				"创建账号 " + username + "（"
						+ messages.getMessage("role." + cmd.role().name(), null, cmd.role().name(), Locale.SIMPLIFIED_CHINESE)
						+ "）"));
		return view(account);
	}

	public void attachEnterprise(long accountId, long enterpriseId) {
		accounts.findById(accountId).orElseThrow(() -> new NotFoundException("error.notFound"))
			.attachEnterprise(enterpriseId);
	}

	public void updateContact(long accountId, String displayName, String email) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("error.notFound"));
		if (displayName != null && !displayName.isBlank()) {
			account.rename(displayName.trim());
		}
		account.changeEmail(email);
	}

	/** The accounts of these ids that exist, by id (one query; a list's reviewers). */
	@Transactional(readOnly = true)
	public java.util.Map<Long, AccountView> findAllById(java.util.Collection<Long> ids) {
		java.util.Map<Long, AccountView> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			accounts.findAllById(ids).forEach(a -> found.put(a.getId(), view(a)));
		}
		return found;
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findById(long id) {
		return accounts.findById(id).map(AccountManagement::view);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		return accounts.findByUsername(username).map(AccountManagement::view);
	}

	@Transactional(readOnly = true)
	public List<AccountView> findByOrganization(long organizationId, Role role) {
		return accounts.findByOrganizationIdAndRoleOrderByUsername(organizationId, role).stream()
			.map(AccountManagement::view)
			.toList();
	}

	/** One page of {@link #findByOrganization(long, Role)} in the order {@code pageable} asks for. */
	@Transactional(readOnly = true)
	public Page<AccountView> findByOrganization(long organizationId, Role role, Pageable pageable) {
		return accounts.findByOrganizationIdAndRole(organizationId, role, pageable).map(AccountManagement::view);
	}

	@Transactional(readOnly = true)
	public List<AccountView> findByEnterprise(long enterpriseId) {
		return accounts.findByEnterpriseId(enterpriseId).stream().map(AccountManagement::view).toList();
	}

	/** {@link #findByEnterprise} for many enterprises in one query, by enterprise (absent: no accounts). */
	@Transactional(readOnly = true)
	public java.util.Map<Long, List<AccountView>> findByEnterprises(java.util.Collection<Long> enterpriseIds) {
		java.util.Map<Long, List<AccountView>> found = new java.util.HashMap<>();
		if (!enterpriseIds.isEmpty()) {
			accounts.findByEnterpriseIdInOrderById(enterpriseIds)
				.forEach(a -> found.computeIfAbsent(a.getEnterpriseId(), k -> new java.util.ArrayList<>())
					.add(view(a)));
		}
		return found;
	}

	/** {@link #findByOrganization(long, Role)} for many organisations in one query, by organisation. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, List<AccountView>> findByOrganizations(java.util.Collection<Long> organizationIds,
			Role role) {
		java.util.Map<Long, List<AccountView>> found = new java.util.HashMap<>();
		if (!organizationIds.isEmpty()) {
			accounts.findByOrganizationIdInAndRoleOrderByUsername(organizationIds, role)
				.forEach(a -> found.computeIfAbsent(a.getOrganizationId(), k -> new java.util.ArrayList<>())
					.add(view(a)));
		}
		return found;
	}

	@Transactional(readOnly = true)
	public List<AccountView> findByRole(Role role) {
		return accounts.findByRoleOrderByUsername(role).stream().map(AccountManagement::view).toList();
	}

	/** Sortable columns of the admin account list; unsorted, by role then login name (as it always was). */
	public static final Sortable SORT = Sortable.by(Sort.by("role", "username"))
		.field("id")
		.field("username")
		.field("role")
		.field("displayName");

	/** One page of the accounts (of the role, when given), in the database; see {@link #SORT}. */
	@Transactional(readOnly = true)
	public Page<AccountView> find(Role role, Pageable pageable) {
		return accounts.findAll((root, query, cb) -> role == null ? cb.conjunction() : cb.equal(root.get("role"), role),
				pageable).map(AccountManagement::view);
	}

	@Transactional(readOnly = true)
	public List<AccountView> findAll() {
		return accounts.findAllByOrderByRoleAscUsernameAsc().stream().map(AccountManagement::view).toList();
	}

	/** Deletes the accounts of a purged enterprise with their tokens and sessions. */
	public void deleteEnterpriseAccounts(long enterpriseId) {
		for (Account account : accounts.findByEnterpriseId(enterpriseId)) {
			endSessions(account);
			accounts.delete(account);
			events.publishEvent(AuditRecord.system("account.purge", "account", account.getId(),
					"清除账号 " + account.getUsername()));
		}
	}

	/**
	 * Issues an API token for correct credentials, from {@code clientAddress}. Guessing is throttled per address and
	 * per (login name, address) pair by {@link LoginThrottle}, the same way for unknown names (429 with the wait).
	 */
	@Transactional(noRollbackFor = { InvalidCredentialsException.class, TooManyAttemptsException.class })
	public TokenGrant issueToken(String username, String password, String clientAddress) {
		Instant now = clock.instant();
		String name = username == null ? "" : username.trim();
		throwIfThrottled(throttle.check(name, clientAddress));
		Account account = accounts.findByUsername(name).orElse(null);
		if (account == null) {
			passwordEncoder.matches(password == null ? "" : password, DUMMY_HASH);
		}
		if (account == null || password == null || !passwordEncoder.matches(password, account.getPasswordHash())
				|| !account.isEnabled()) {
			throttle.failed(name, clientAddress);
			LoginThrottle.Verdict verdict = throttle.check(name, clientAddress);
			LoginMetrics.failed("api", verdict.refused());
			throwIfThrottled(verdict);
			throw new InvalidCredentialsException();
		}
		throttle.succeeded(name, clientAddress);
		String raw = randomToken();
		Instant expiresAt = now.plus(TOKEN_LIFETIME);
		tokens.save(new ApiToken(account.getId(), sha256(raw), now, expiresAt));
		return new TokenGrant(raw, expiresAt, account.getRole());
	}

	/** The refusal of a throttled log-in: 429 with {@code Retry-After}, the same for every login name. */
	public static void throwIfThrottled(LoginThrottle.Verdict verdict) {
		if (!verdict.refused()) {
			return;
		}
		long seconds = verdict.retryAfterSeconds();
		if (verdict.refusal() == LoginThrottle.Refusal.NAME_LOCKED) {
			throw new TooManyAttemptsException(seconds, "account.login.locked");
		}
		throw new TooManyAttemptsException(seconds, "account.login.throttled", (seconds + 59) / 60);
	}

	/** The caller of a bearer token: see {@link TokenAuthenticator} (one query, no transaction of its own). */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<PlatformPrincipal> authenticateToken(String raw) {
		return tokenAuthenticator.authenticate(raw);
	}

	/**
	 * Whether failed log-ins currently hold this name back from some client address (the back office shows it as
	 * locked; the owner can still log in from another address).
	 */
	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return username != null && throttle.lockedUntil(username).isPresent();
	}

	/**
	 * Changes the caller's password after checking the current one, then ends every session and token of the
	 * account (manual 5.2: back to the log-in page).
	 */
	public void changePassword(PlatformPrincipal me, String currentPassword, String newPassword) {
		Account account = accounts.findById(me.accountId()).orElseThrow(() -> new NotFoundException("error.notFound"));
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "account.password.currentWrong");
		}
		PasswordPolicy.check("newPassword", newPassword, account.getUsername());
		if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new InvalidInputException("newPassword", "account.password.same");
		}
		account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		endSessions(account);
		events.publishEvent(AuditRecord.of(me, "account.password.change", "account", account.getId(), null));
	}

	/**
	 * ADMIN resets a password after checking the enterprise's licence (manual 3.1.3); returns the temporary
	 * password to hand over.
	 */
	public String resetPassword(String username, PlatformPrincipal admin) {
		Account account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("error.notFound"));
		String temporary = randomPassword();
		account.changePassword(passwordEncoder.encode(temporary), clock.instant());
		endSessions(account);
		events.publishEvent(AuditRecord.of(admin, "account.password.reset", "account", account.getId(),
				"管理员重置密码 " + username));
		return temporary;
	}

	/** Sets a password without the current one, for a verified self-service reset link. */
	public void setPassword(long accountId, String newPassword) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("error.notFound"));
		PasswordPolicy.check("newPassword", newPassword, account.getUsername());
		account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		endSessions(account);
		events.publishEvent(AuditRecord.system("account.password.selfReset", "account", accountId,
				"通过邮件链接重置密码 " + account.getUsername()));
	}

	private void endSessions(Account account) {
		sessions.endAll(account);
	}

	public static String sha256(String raw) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static AccountView view(Account a) {
		return new AccountView(a.getId(), a.getUsername(), a.getRole(), a.getDisplayName(), a.getEmail(),
				a.getEnterpriseId(), a.getOrganizationId(), a.getCreatedAt(),
				a.getLanguage() == null ? Languages.CHINESE : Languages.supported(Locale.forLanguageTag(a.getLanguage())));
	}

	/**
	 * Remembers the language the user chose in the header switch, so that mails and notifications reach them in it;
	 * without touching the account's version (an administrator editing the account at the same time is not refused).
	 */
	public void rememberLanguage(long accountId, Locale language) {
		accounts.rememberLanguage(accountId, Languages.supported(language).toLanguageTag());
	}

	/** A bcrypt hash of a random string, so unknown user names cost as much time as wrong passwords. */
	private static final String DUMMY_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3f/6NNRjP1z5f4nUnO5tEua";

	/** 401 for a wrong user name or password. */
	public static class InvalidCredentialsException extends org.cciais.platform.shared.PlatformException {

		InvalidCredentialsException() {
			super("account.login.invalid", null);
		}

		@Override
		public org.springframework.http.HttpStatus status() {
			return org.springframework.http.HttpStatus.UNAUTHORIZED;
		}
	}
}
