package org.cciais.platform.account.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The production password hashing: BCrypt at cost 10 behind a delegating encoder; the suite's cheap cost is its own. */
class PasswordHashingTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PasswordProperties.class)
	static class Bound {
	}

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

	@Test
	void theDefaultCostIsTen() {
		context.run(c -> assertThat(c.getBean(PasswordProperties.class).bcryptStrength()).isEqualTo(10));
	}

	@Test
	void aCostBelowFourIsRefusedAtStart() {
		context.withPropertyValues("cciais.password.bcrypt-strength=3").run(c -> assertThat(c).hasFailed());
	}

	@Test
	void newPasswordsAreBcryptAtTheConfiguredCostAndTaggedWithTheirAlgorithm() {
		PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(new PasswordProperties(10));
		String hash = encoder.encode("Secret@2026pass");
		assertThat(hash).startsWith("{bcrypt}$2a$10$");
		assertThat(encoder.matches("Secret@2026pass", hash)).isTrue();
		assertThat(encoder.matches("Secret@2026pasS", hash)).isFalse();
	}

	@Test
	void aHashMadeAtAnotherCostStillMatches() {
		String cheap = new SecurityConfiguration().passwordEncoder(new PasswordProperties(4)).encode("Secret@2026pass");
		assertThat(cheap).startsWith("{bcrypt}$2a$04$");
		assertThat(new SecurityConfiguration().passwordEncoder(new PasswordProperties(10))
			.matches("Secret@2026pass", cheap)).isTrue();
	}
}
