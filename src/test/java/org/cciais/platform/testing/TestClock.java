package org.cciais.platform.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cciais.platform.shared.PlatformClock;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Sets the platform clock before each test (before the class, for a class with one instance whose
 * {@code @BeforeAll} builds the fixtures of all its tests) to 10:00 in Beijing on a day of its own: the day after
 * the latest instant any earlier test of the same context reached, and never before {@link #FIRST_DAY}. So no test
 * inherits another's clock: a test that moved it by months, or back to 2016, leaves nothing behind, and the time of
 * day a test starts at is always the same. The day is fresh rather than one fixed instant for all, because the
 * tests of a context share one database: on a day of its own a test's rows are the newest, and the time windows
 * (log-in throttle, registrations per hour, deadlines) hold none of the earlier tests' actions. A test that needs a
 * date sets it itself ({@link PlatformClock#setTo}).
 */
public final class TestClock implements BeforeAllCallback, BeforeEachCallback {

	/** The first test of a context starts at 10:00 on Monday 4 January 2027 (Beijing time). */
	public static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4);

	public static final LocalTime START_TIME = LocalTime.of(10, 0);

	/**
	 * The latest instant reached, per context's clock, for the whole JVM: not the root extension store, which is
	 * one per launcher request, and Surefire sends each class to a fork as a request of its own (forkCount > 1).
	 */
	private static final Map<PlatformClock, Reached> REACHED = new ConcurrentHashMap<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		if (context.getTestInstanceLifecycle().orElse(Lifecycle.PER_METHOD) == Lifecycle.PER_CLASS) {
			start(context);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (context.getTestInstanceLifecycle().orElse(Lifecycle.PER_METHOD) == Lifecycle.PER_METHOD) {
			start(context);
		}
	}

	private static void start(ExtensionContext context) {
		if (!MergedAnnotations.from(context.getRequiredTestClass(), SearchStrategy.TYPE_HIERARCHY)
			.isPresent(SpringBootTest.class)) {
			return;
		}
		PlatformClock clock = SpringExtension.getApplicationContext(context).getBean(PlatformClock.class);
		// one record per context (contexts are cached for the whole run of the JVM)
		Reached reached = REACHED.computeIfAbsent(clock, c -> new Reached());
		synchronized (reached) {
			Instant latest = reached.instant == null || clock.instant().isAfter(reached.instant) ? clock.instant()
					: reached.instant;
			LocalDate day = latest.atZone(PlatformClock.ZONE).toLocalDate().plusDays(1);
			Instant start = LocalDateTime.of(day.isBefore(FIRST_DAY) ? FIRST_DAY : day, START_TIME)
				.atZone(PlatformClock.ZONE)
				.toInstant();
			reached.instant = clock.setTo(start);
		}
	}

	private static final class Reached {

		private Instant instant;
	}
}
