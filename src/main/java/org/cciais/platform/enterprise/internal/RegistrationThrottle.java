package org.cciais.platform.enterprise.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cciais.platform.shared.ThrottledException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Anonymous registration stores a licence of up to 100 MB per request: at most {@code limit} attempts per client
 * address in any hour (a sliding window), after that 429 until the oldest attempt is an hour old. Kept in memory
 * per node: a restart or a second node forgets, which only ever lets more through, never locks anyone out for
 * longer.
 */
@Component
public class RegistrationThrottle {

	static final Duration WINDOW = Duration.ofHours(1);

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
	private final Clock clock;
	private final int limit;

	RegistrationThrottle(Clock clock, @Value("${cciais.registration.per-address-per-hour:10}") int limit) {
		this.clock = clock;
		this.limit = limit;
	}

	/** Counts one attempt from {@code address}; refuses it when the address has used up its hour. */
	public void acquire(String address) {
		if (address == null) {
			return; // not a request (fixtures, jobs)
		}
		Instant now = clock.instant();
		Deque<Instant> times = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= limit) {
				Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
				throw new ThrottledException(wait, "enterprise.registration.throttled",
						Math.max(1, (wait.toSeconds() + 59) / 60));
			}
			times.addLast(now);
		}
		if (attempts.size() > 10_000) {
			attempts.values().removeIf(t -> {
				synchronized (t) {
					return t.isEmpty() || !t.peekLast().isAfter(now.minus(WINDOW));
				}
			});
		}
	}
}
