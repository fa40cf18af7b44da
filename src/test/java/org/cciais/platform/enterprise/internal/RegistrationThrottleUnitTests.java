package org.cciais.platform.enterprise.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.cciais.platform.shared.ThrottledException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At most N registration attempts per client address in any hour, counted in a sliding window. */
class RegistrationThrottleUnitTests {

	@Test
	void refusesTheFourthAttemptWithinAnHourUntilTheFirstIsAnHourOld() {
		MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
		RegistrationThrottle throttle = new RegistrationThrottle(clock, 3);
		throttle.acquire("203.0.113.7");
		clock.advance(Duration.ofMinutes(20));
		throttle.acquire("203.0.113.7");
		throttle.acquire("203.0.113.7");

		assertThatThrownBy(() -> throttle.acquire("203.0.113.7")).isInstanceOfSatisfying(ThrottledException.class,
				ex -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(40)));
		throttle.acquire("203.0.113.8");
		throttle.acquire(null);

		clock.advance(Duration.ofMinutes(40));
		throttle.acquire("203.0.113.7");
		assertThatThrownBy(() -> throttle.acquire("203.0.113.7")).isInstanceOf(ThrottledException.class);
	}

	private static final class MovableClock extends java.time.Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public java.time.Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
