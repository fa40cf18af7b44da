package org.cciais.platform.shared;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documented production start refuses an unsafe configuration before opening any connection. */
class ProductionGuardTests {

	private static MockEnvironment production() {
		MockEnvironment env = new MockEnvironment();
		env.setActiveProfiles("prod");
		env.setProperty("spring.datasource.url", "jdbc:postgresql://db.internal:5432/cciais");
		env.setProperty("spring.datasource.password", "s3cret-db-password");
		env.setProperty("cciais.crypto.key", "q83vEjRWeJCrze8SNFZ4kKrN7xI0VniQq83vEjRWeJA=");
		env.setProperty("cciais.clock.adjustable", "false");
		env.setProperty("cciais.demo-data", "false");
		env.setProperty("cciais.signing.keystore", "/etc/cciais/signing.p12");
		env.setProperty("cciais.signing.password", "keystore-password");
		env.setProperty("cciais.signing.alias", "cciais");
		return env;
	}

	@Test
	void aCompleteProductionConfigurationStarts() {
		assertThatCode(() -> ProductionGuard.check(production())).doesNotThrowAnyException();
	}

	@Test
	void refusesTheEmbeddedDatabase() {
		MockEnvironment env = production();
		env.setProperty("spring.datasource.url", "jdbc:h2:file:./data/db/cciais");
		assertThatThrownBy(() -> ProductionGuard.check(env)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PostgreSQL");
	}

	@Test
	void refusesAMissingDatabasePasswordTheDevelopmentKeyDemoDataAndTheRehearsalClock() {
		MockEnvironment env = production();
		env.setProperty("spring.datasource.password", "");
		env.setProperty("cciais.crypto.key", ProductionGuard.DEVELOPMENT_CRYPTO_KEY);
		env.setProperty("cciais.demo-data", "true");
		env.setProperty("cciais.clock.adjustable", "true");
		assertThat(ProductionGuard.problems(env)).hasSize(4);
		assertThatThrownBy(() -> ProductionGuard.check(env)).hasMessageContaining("SPRING_DATASOURCE_PASSWORD")
			.hasMessageContaining("CCIAIS_CRYPTO_KEY")
			.hasMessageContaining("CCIAIS_DEMO_DATA")
			.hasMessageContaining("CCIAIS_CLOCK_ADJUSTABLE");
	}

	@Test
	void refusesToSignCertificatesWithTheGeneratedDevelopmentKey() {
		MockEnvironment env = production();
		env.setProperty("cciais.signing.keystore", "");
		assertThatThrownBy(() -> ProductionGuard.check(env)).hasMessageContaining("CCIAIS_SIGNING_KEYSTORE");

		MockEnvironment withoutPassword = production();
		withoutPassword.setProperty("cciais.signing.password", "");
		assertThatThrownBy(() -> ProductionGuard.check(withoutPassword))
			.hasMessageContaining("CCIAIS_SIGNING_PASSWORD");
	}

	@Test
	void outsideProductionNothingIsChecked() {
		MockEnvironment env = new MockEnvironment();
		env.setProperty("spring.datasource.url", "jdbc:h2:mem:x");
		assertThatCode(() -> ProductionGuard.check(env)).doesNotThrowAnyException();
	}

	@Test
	void theDevelopmentKeyIsTheOneOfApplicationYml() throws Exception {
		String yml = new String(getClass().getResourceAsStream("/application.yml").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(yml).contains(ProductionGuard.DEVELOPMENT_CRYPTO_KEY);
	}
}
