package org.cciais.platform.testing;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: a fresh in-memory H2 by default, or, when
 * {@code TEST_DATASOURCE_URL} points at PostgreSQL (CI's second run), a fresh schema created by Flyway. Contexts
 * that move the clock and run deadline jobs then never touch each other's data.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = System.getenv("TEST_DATASOURCE_URL");
		String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		Map<String, Object> props;
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			String schema = "t_" + suffix;
			props = Map.of("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
					"spring.datasource.username", envOr("TEST_DATASOURCE_USERNAME", "postgres"),
					"spring.datasource.password", envOr("TEST_DATASOURCE_PASSWORD", ""),
					"spring.flyway.schemas", schema, "spring.flyway.default-schema", schema,
					"spring.datasource.hikari.maximum-pool-size", "5");
		}
		else {
			props = Map.of("spring.datasource.url", "jdbc:h2:mem:t_" + suffix
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", props));
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}
}
