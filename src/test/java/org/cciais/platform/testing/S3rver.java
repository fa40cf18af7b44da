package org.cciais.platform.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real S3-compatible server for the tests: {@code s3rver} from npm (src/test/s3rver, its package-lock.json
 * committed), installed with {@code npm ci} on first use and started once per JVM on a free loopback port with the
 * bucket {@link #BUCKET}; stopped when the JVM ends. Without node and npm the tests are skipped, except in CI
 * ({@code CI=true}) where that is a failure.
 */
public final class S3rver implements BeforeAllCallback {

	public static final String BUCKET = "cciais-test";
	public static final String ACCESS_KEY = "S3RVER";
	public static final String SECRET_KEY = "S3RVER";
	public static final String REGION = "us-east-1";

	private static final Path TOOL = Path.of("src/test/s3rver").toAbsolutePath();
	private static int port;
	private static Process process;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		start();
	}

	public static synchronized String endpoint() {
		start();
		return "http://127.0.0.1:" + port;
	}

	private static synchronized void start() {
		if (process != null && process.isAlive()) {
			return;
		}
		Path binary = TOOL.resolve("node_modules/.bin/s3rver");
		try {
			if (!Files.isExecutable(binary)) {
				if (!onPath("node") || !onPath("npm")) {
					String why = "S3 tests skipped: node and npm are not installed (apt-get install nodejs npm)";
					if ("true".equals(System.getenv("CI"))) {
						throw new IllegalStateException(why.replace("skipped", "cannot run in CI"));
					}
					Assumptions.abort(why);
				}
				run(List.of("npm", "ci", "--no-audit", "--no-fund", "--silent"));
			}
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			Path data = Files.createTempDirectory("s3rver-");
			process = new ProcessBuilder(binary.toString(), "-d", data.toString(), "-a", "127.0.0.1", "-p",
					Integer.toString(port), "-s", "--configure-bucket", BUCKET)
				.directory(TOOL.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/s3rver.log").toFile()))
				.start();
			Process started = process;
			Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!accepts(port)) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException("s3rver did not start, see target/s3rver.log");
				}
				Thread.onSpinWait();
				process.waitFor(50, TimeUnit.MILLISECONDS);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start s3rver", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process npm = new ProcessBuilder(command).directory(TOOL.toFile()).inheritIO().start();
		if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
			throw new IllegalStateException("failed: " + String.join(" ", command) + " in " + TOOL);
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean onPath(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}
}
