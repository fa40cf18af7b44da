package org.cciais.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: a fresh in-memory H2 by default, or, when
 * {@code TEST_DATASOURCE_URL} points at PostgreSQL (CI's second run), a fresh schema created by Flyway. Contexts
 * that move the clock and run deadline jobs then never touch each other's data.
 * <p>
 * Nodes of one cluster share a database instead: start each with {@value #SHARED} set to the same name (the H2
 * database or the PostgreSQL schema), and, for a node in another JVM, {@value #H2_TCP} set to the {@code host:port}
 * of an H2 TCP server that keeps the in-memory database (see {@link SharedDatabase}).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String SHARED = "cciais.test.shared-database";

	public static final String H2_TCP = "cciais.test.h2-tcp";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String shared = context.getEnvironment().getProperty(SHARED);
		String name = shared != null ? shared
				: "t_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase",
				properties(name, context.getEnvironment().getProperty(H2_TCP))));
		provideSigningKey(context.getEnvironment().getProperty("cciais.data-dir"));
	}

	/**
	 * A data folder without a signing key gets the tests' development key ({@code src/test/resources/signing}), as
	 * the platform would generate it on its first signature: RSA-3072 generation takes 3–5 s in the C1-only test
	 * JVMs. {@code CertificateSignatureTest} still has the key generated, in folders of its own.
	 */
	private static void provideSigningKey(String dataDir) {
		if (dataDir == null) {
			return;
		}
		Path key = Path.of(dataDir, "signing", "development-signing.p12");
		if (Files.exists(key)) {
			return;
		}
		try (InputStream in = TestDatabaseInitializer.class.getResourceAsStream("/signing/test-development-signing.p12")) {
			Files.createDirectories(key.getParent());
			Files.copy(in, key);
		}
		catch (FileAlreadyExistsException e) {
			// another context of this JVM put it there first
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The data source settings of the database (H2 in memory, or a PostgreSQL schema, then also Flyway's
	 * {@code spring.flyway.schemas}) called {@code name}; a test of a migration opens it itself.
	 */
	public static Map<String, Object> properties(String name, String h2Tcp) {
		String url = System.getenv("TEST_DATASOURCE_URL");
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			return Map.of("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
					"spring.datasource.username", envOr("TEST_DATASOURCE_USERNAME", "postgres"),
					"spring.datasource.password", envOr("TEST_DATASOURCE_PASSWORD", ""),
					"spring.flyway.schemas", name, "spring.flyway.default-schema", name,
					// at most 5 connections a context, and only as many as it uses: two test JVMs with their
					// contexts, cluster nodes and child JVMs stay well under PostgreSQL's 100
					"spring.datasource.hikari.maximum-pool-size", "5", "spring.datasource.hikari.minimum-idle", "1");
		}
		return Map.of("spring.datasource.url", (h2Tcp == null ? "jdbc:h2:mem:" : "jdbc:h2:tcp://" + h2Tcp + "/mem:")
				+ name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username", "sa", "spring.datasource.password", "");
	}

	static boolean onPostgres() {
		String url = System.getenv("TEST_DATASOURCE_URL");
		return url != null && url.startsWith("jdbc:postgresql:");
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}
}
