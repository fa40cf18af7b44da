package org.cciais.platform.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Locale;

import org.cciais.platform.account.AccountManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles log-in guessing by client address and by (login name, client address) pair, never by account alone:
 * <ul>
 * <li>the failure that makes five for one login name from one address within 15 minutes locks that name <em>from
 * that address</em> for 15 minutes from that failure (what the message says: 请 15 分钟后再试); the owner logging in
 * from another address is not affected, and a success from the address starts the count again;</li>
 * <li>an address that keeps failing, whatever the names, is slowed from its tenth failure within an hour (it must
 * wait 5 s, then 10 s, 20 s … at most 15 minutes before the next attempt) and refused from its twentieth until the
 * hour has passed. A success does not clear this count, so one valid account cannot launder a spray.</li>
 * </ul>
 * Unknown login names are counted exactly like known ones (the name, not the account, is the key), so the throttle
 * reveals nothing about which names exist. Attempts refused by the throttle are not counted and are not checked.
 * The failures live in the database, so every node sees the same counts.
 */
@Component
@Transactional
public class LoginThrottle {

	static final int PAIR_LIMIT = 5;
	static final Duration PAIR_WINDOW = Duration.ofMinutes(15);
	static final int ADDRESS_SLOW_FROM = 10;
	static final int ADDRESS_REFUSE_FROM = 20;
	static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
	/** Failures that can still bear on a lock: those of the window before a failure less than a window ago. */
	private static final Duration LOCK_LOOKBACK = PAIR_WINDOW.multipliedBy(2);
	static final Duration FIRST_DELAY = Duration.ofSeconds(5);
	static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

	private final LoginFailures failures;
	private final Clock clock;

	LoginThrottle(LoginFailures failures, Clock clock) {
		this.failures = failures;
		this.clock = clock;
	}

	/** Whether an attempt may be checked now, and if not, for how long it must wait. */
	public enum Refusal {
		/** Too many failures for this name from this address. */
		NAME_LOCKED,
		/** Too many failures from this address. */
		ADDRESS_THROTTLED
	}

	/** {@code refusal} null: the attempt may go ahead. */
	public record Verdict(Refusal refusal, Duration retryAfter) {

		static final Verdict OPEN = new Verdict(null, Duration.ZERO);

		public boolean refused() {
			return refusal != null;
		}

		/** Whole seconds to wait, at least one, for {@code Retry-After}. */
		public long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}
	}

	@Transactional(readOnly = true)
	public Verdict check(String loginName, String clientAddress) {
		Instant now = clock.instant();
		String address = address(clientAddress);
		List<Instant> fromAddress = failures.timesFromAddress(address, now.minus(ADDRESS_WINDOW));
		int n = fromAddress.size();
		if (n >= ADDRESS_REFUSE_FROM) {
			Instant free = fromAddress.get(n - ADDRESS_REFUSE_FROM).plus(ADDRESS_WINDOW);
			return new Verdict(Refusal.ADDRESS_THROTTLED, Duration.between(now, free));
		}
		if (n >= ADDRESS_SLOW_FROM) {
			Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(n - ADDRESS_SLOW_FROM, 16));
			Instant next = fromAddress.get(n - 1).plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
			if (now.isBefore(next)) {
				return new Verdict(Refusal.ADDRESS_THROTTLED, Duration.between(now, next));
			}
		}
		Optional<Instant> locked = lockEnd(failures.timesOfPair(key(loginName), address, now.minus(LOCK_LOOKBACK)),
				now);
		if (locked.isPresent()) {
			return new Verdict(Refusal.NAME_LOCKED, Duration.between(now, locked.get()));
		}
		return Verdict.OPEN;
	}

	/** Counts a failure (in its own transaction: the refused log-in's rollback must not undo it). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String loginName, String clientAddress) {
		Instant now = clock.instant();
		String address = address(clientAddress);
		failures.forgetOlder(address, now.minus(ADDRESS_WINDOW));
		failures.save(new LoginFailure(address, key(loginName), now));
	}

	/** A success from the address clears that name's count there (not the address's). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String loginName, String clientAddress) {
		failures.forgetPair(key(loginName), address(clientAddress));
	}

	/**
	 * Until when this name is refused from at least one client address (the latest such time), or empty: what the
	 * back office shows as a lock. Other addresses may still log in with the name.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String loginName) {
		Instant now = clock.instant();
		Map<String, List<Instant>> byAddress = new HashMap<>();
		for (LoginFailure f : failures.ofName(key(loginName), now.minus(LOCK_LOOKBACK))) {
			byAddress.computeIfAbsent(f.getClientAddress(), a -> new ArrayList<>()).add(f.getFailedAt());
		}
		return byAddress.values().stream()
			.map(times -> lockEnd(times, now))
			.flatMap(Optional::stream)
			.max(Instant::compareTo);
	}

	/**
	 * The end of the lock that one pair's failures (oldest first) hold now: 15 minutes after the latest failure if
	 * it made five within 15 minutes, else none. While locked no failure is counted, so the latest is the one that
	 * locked.
	 */
	private static Optional<Instant> lockEnd(List<Instant> times, Instant now) {
		if (times.size() < PAIR_LIMIT) {
			return Optional.empty();
		}
		Instant latest = times.get(times.size() - 1);
		Instant end = latest.plus(PAIR_WINDOW);
		if (!now.isBefore(end)) {
			return Optional.empty();
		}
		Instant from = latest.minus(PAIR_WINDOW);
		long within = times.stream().filter(t -> t.isAfter(from)).count();
		return within >= PAIR_LIMIT ? Optional.of(end) : Optional.empty();
	}

	/**
	 * The keys ({@link #key(String)}) of every login name refused now from at least one client address: what the
	 * back office's 已锁定 filter lists.
	 */
	@Transactional(readOnly = true)
	public Set<String> lockedKeys() {
		Instant now = clock.instant();
		Map<List<String>, List<Instant>> byPair = new HashMap<>();
		for (LoginFailure f : failures.since(now.minus(LOCK_LOOKBACK))) {
			byPair.computeIfAbsent(List.of(f.getLoginKey(), f.getClientAddress()), p -> new ArrayList<>())
				.add(f.getFailedAt());
		}
		Set<String> keys = new HashSet<>();
		byPair.forEach((pair, times) -> lockEnd(times, now).ifPresent(end -> keys.add(pair.get(0))));
		return keys;
	}

	/** The admin's unlock: forgets every failure recorded for this name, from every address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void forget(String loginName) {
		failures.forgetName(key(loginName));
	}

	/** How a login name is kept in the failure records: trimmed, lower case, SHA-256. */
	public static String key(String loginName) {
		return AccountManagement.sha256(loginName == null ? "" : loginName.trim().toLowerCase(Locale.ROOT));
	}

	private static String address(String clientAddress) {
		if (clientAddress == null || clientAddress.isBlank()) {
			return "unknown";
		}
		return clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
	}
}
