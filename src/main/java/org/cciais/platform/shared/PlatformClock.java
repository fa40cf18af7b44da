package org.cciais.platform.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of the platform (zone Asia/Shanghai). In production it follows the system clock; when
 * {@code CCIAIS_CLOCK_ADJUSTABLE=true} an ADMIN (and tests) may move it, so whole scenarios with 7-day and
 * 2-month deadlines can be rehearsed in minutes.
 */
public class PlatformClock extends Clock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Clock base;
	private final boolean adjustable;
	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public PlatformClock(Clock base, boolean adjustable) {
		this.base = base;
		this.adjustable = adjustable;
	}

	public boolean isAdjustable() {
		return adjustable;
	}

	public Instant advance(Duration by) {
		requireAdjustable();
		offset.updateAndGet(o -> o.plus(by));
		return instant();
	}

	public Instant setTo(Instant target) {
		requireAdjustable();
		offset.set(Duration.between(base.instant(), target));
		return instant();
	}

	private void requireAdjustable() {
		if (!adjustable) {
			throw new IllegalStateException("clock is not adjustable");
		}
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(base, offset.get()).withZone(zone);
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset.get());
	}
}
