package org.cciais.platform.shared;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	PlatformClock platformClock(@Value("${cciais.clock.adjustable:false}") boolean adjustable) {
		return new PlatformClock(Clock.systemUTC(), adjustable);
	}
}
