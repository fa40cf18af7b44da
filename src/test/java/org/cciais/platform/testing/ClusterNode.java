package org.cciais.platform.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cciais.platform.PlatformApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of a test cluster in this JVM: the whole platform (profile {@code test}) on a free HTTP port, with its
 * own data folder and clock, on a {@link SharedDatabase} and the {@link S3rver} bucket shared with the other nodes.
 */
public final class ClusterNode implements AutoCloseable {

	private final String name;
	private final ConfigurableApplicationContext context;
	private final int port;

	private ClusterNode(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	public static ClusterNode start(String name, SharedDatabase database, Map<String, String> extra) {
		Map<String, Object> props = new LinkedHashMap<>(database.nodeProperties());
		props.put("server.port", "0");
		props.put("cciais.data-dir", Path.of("target/nodes", name).toAbsolutePath().toString());
		props.putAll(s3Properties());
		props.putAll(extra);
		// as command-line arguments: they outrank application.yml (server.port: ${SERVER_PORT:8080})
		String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new ClusterNode(name, new SpringApplicationBuilder(PlatformApplication.class).profiles("test")
			.run(args));
	}

	/** The settings of the shared bucket of the {@link S3rver}. */
	public static Map<String, String> s3Properties() {
		return Map.of("cciais.storage.type", "s3", "cciais.storage.s3.endpoint", S3rver.endpoint(),
				"cciais.storage.s3.bucket", S3rver.BUCKET, "cciais.storage.s3.access-key", S3rver.ACCESS_KEY,
				"cciais.storage.s3.secret-key", S3rver.SECRET_KEY);
	}

	public String name() {
		return name;
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	public NodeHttp http() {
		return new NodeHttp(port);
	}

	@Override
	public void close() {
		context.close();
	}
}
