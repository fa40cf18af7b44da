package org.cciais.platform.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
		try {
			Path binary = NpmTool.binary(TOOL, "s3rver", "S3 tests");
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

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
