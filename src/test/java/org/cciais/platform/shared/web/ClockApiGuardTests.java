package org.cciais.platform.shared.web;

import java.time.Clock;
import java.util.List;

import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without {@code CCIAIS_CLOCK_ADJUSTABLE=true} (production) the clock endpoint does not exist: 404. */
class ClockApiGuardTests {

	@Test
	void clockEndpointAnswers404WhenTheClockIsNotAdjustable() {
		int[] runs = { 0 };
		DeadlineJob job = () -> ++runs[0];
		var controller = new ClockApiController(new PlatformClock(Clock.systemUTC(), false), List.of(job), e -> {
		}, null);
		assertThatThrownBy(controller::now).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> controller.move(new ClockApiController.ClockChange("P8D", null), null))
			.isInstanceOf(NotFoundException.class);
		assertThat(runs[0]).as("no deadline job ran").isZero();
	}

	@Test
	void aFixedClockRefusesToMove() {
		var clock = new PlatformClock(Clock.systemUTC(), false);
		assertThatThrownBy(() -> clock.advance(java.time.Duration.ofDays(1))).isInstanceOf(IllegalStateException.class);
	}
}
