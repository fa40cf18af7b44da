package org.cciais.platform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a separate JVM (java with this test run's class path and {@code PlatformApplication}, profile
 * {@code test}) on a free port, a data folder and a {@link SharedDatabase} it shares with the test, so that a test
 * can kill it with SIGKILL ({@link Process#destroyForcibly()}) and start it again on the same data. Its output goes
 * to {@code target/<name>.log}.
 */
public final class PlatformProcess implements AutoCloseable {

	private final Process process;
	private final int port;
	private final Path log;

	private PlatformProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the platform and returns once its readiness probe answers UP (at most three minutes). */
	public static PlatformProcess start(String name, SharedDatabase database, Path dataDir, Map<String, String> props)
			throws IOException, InterruptedException {
		return start(name, database, dataDir, props, "384m");
	}

	/** As {@link #start(String, SharedDatabase, Path, Map)}, with a heap of at most {@code maxHeap} ({@code -Xmx}). */
	public static PlatformProcess start(String name, SharedDatabase database, Path dataDir, Map<String, String> props,
			String maxHeap) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"org.cciais.platform.PlatformApplication", "--spring.profiles.active=test", "--server.port=" + port,
				"--cciais.data-dir=" + dataDir.toAbsolutePath()));
		database.nodeProperties().forEach((k, v) -> command.add("--" + k + "=" + v));
		props.forEach((k, v) -> command.add("--" + k + "=" + v));
		Path log = Path.of("target", name + ".log").toAbsolutePath();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
			.start();
		PlatformProcess started = new PlatformProcess(process, port, log);
		started.awaitReady();
		return started;
	}

	private void awaitReady() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		NodeHttp http = http();
		while (true) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the platform process ended with " + process.exitValue() + ", see " + log);
			}
			try {
				if (http.json("GET", "/actuator/health/readiness", null, null).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// the port opens late in the start-up
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the platform process did not get ready, see " + log);
			}
			process.waitFor(250, TimeUnit.MILLISECONDS);
		}
	}

	public NodeHttp http() {
		return new NodeHttp(port);
	}

	/** Where the process's output goes. */
	public Path log() {
		return log;
	}

	public int port() {
		return port;
	}

	/** SIGKILL: no shutdown hook, no graceful shutdown, no transaction finished. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the platform process did not die");
		}
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Waits (at most a minute) until {@code file} exists, while the process lives. */
	public void awaitFile(Path file) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (!Files.exists(file)) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException(file + " did not appear, see " + log);
			}
			process.waitFor(50, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
