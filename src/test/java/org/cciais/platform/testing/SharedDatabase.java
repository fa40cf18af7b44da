package org.cciais.platform.testing;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.h2.tools.Server;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One database for the nodes of a test cluster (in this JVM or in child processes), and a {@link JdbcClient} on it
 * for the test's own checks: an in-memory H2 database served by an H2 TCP server in this JVM, which outlives any
 * killed node, or, when {@code TEST_DATASOURCE_URL} names PostgreSQL, a fresh schema (created by the first node's
 * Flyway, dropped by {@link #close()}).
 */
public final class SharedDatabase implements AutoCloseable {

	private final String name;
	private final Server server;
	private final String h2Tcp;
	private final JdbcClient jdbc;

	private SharedDatabase(String name, Server server) {
		this.name = name;
		this.server = server;
		this.h2Tcp = server == null ? null : "127.0.0.1:" + server.getPort();
		Map<String, Object> props = TestDatabaseInitializer.properties(name, h2Tcp);
		var dataSource = new DriverManagerDataSource((String) props.get("spring.datasource.url"),
				(String) props.get("spring.datasource.username"), (String) props.get("spring.datasource.password"));
		this.jdbc = JdbcClient.create(dataSource);
	}

	public static SharedDatabase create(String prefix) {
		String name = prefix + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		if (TestDatabaseInitializer.onPostgres()) {
			return new SharedDatabase(name, null);
		}
		try {
			return new SharedDatabase(name,
					Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not start the H2 TCP server", ex);
		}
	}

	/** The settings that make a node use this database ({@link TestDatabaseInitializer}). */
	public Map<String, String> nodeProperties() {
		Map<String, String> props = new LinkedHashMap<>();
		props.put(TestDatabaseInitializer.SHARED, name);
		if (h2Tcp != null) {
			props.put(TestDatabaseInitializer.H2_TCP, h2Tcp);
		}
		return props;
	}

	public JdbcClient jdbc() {
		return jdbc;
	}

	public boolean isPostgres() {
		return server == null;
	}

	@Override
	public void close() {
		if (server == null) {
			jdbc.sql("drop schema if exists " + name + " cascade").update();
		}
		else {
			jdbc.sql("shutdown").update();
			server.stop();
		}
	}
}
