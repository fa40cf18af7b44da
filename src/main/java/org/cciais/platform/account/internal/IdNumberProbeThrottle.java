package org.cciais.platform.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cciais.platform.shared.TooManyAttemptsException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps person registration from becoming a 身份证号 look-up service: the rightful person who tries to register a
 * second time is told the number is registered (and can log in or reset the password), but a client address that
 * has been told so three times within an hour is refused every registration (429) until the hour has passed, so
 * nobody learns more than three numbers an hour from one address.
 */
@Component
@Transactional
public class IdNumberProbeThrottle {

	static final int MAX_PROBES = 3;
	static final Duration WINDOW = Duration.ofHours(1);

	private final RegistrationProbes probes;
	private final Clock clock;

	IdNumberProbeThrottle(RegistrationProbes probes, Clock clock) {
		this.probes = probes;
		this.clock = clock;
	}

	/** Refuses with 429 and the wait when the address has used up its answers for now. */
	@Transactional(readOnly = true)
	public void requireAllowed(String clientAddress) {
		Instant now = clock.instant();
		List<Instant> times = probes.timesFrom(address(clientAddress), now.minus(WINDOW));
		if (times.size() >= MAX_PROBES) {
			long seconds = Math.max(1,
					(Duration.between(now, times.get(times.size() - MAX_PROBES).plus(WINDOW)).toMillis() + 999) / 1000);
			throw new TooManyAttemptsException(seconds, "person.register.throttled", (seconds + 59) / 60);
		}
	}

	/** Counts an answer "already registered" (in its own transaction: the refused registration rolls back). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void alreadyRegisteredAnswered(String clientAddress) {
		Instant now = clock.instant();
		String address = address(clientAddress);
		probes.forgetOlder(address, now.minus(WINDOW));
		probes.save(new RegistrationProbe(address, now));
	}

	private static String address(String clientAddress) {
		if (clientAddress == null || clientAddress.isBlank()) {
			return "unknown";
		}
		return clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
	}
}
