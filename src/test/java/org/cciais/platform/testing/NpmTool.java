package org.cciais.platform.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A tool from npm that tests run, in its own package folder under {@code src/test/} (package-lock.json committed):
 * installed with {@code npm ci} on first use. Without node and npm the calling test is skipped with one line, except
 * in CI ({@code CI=true}) where that is a failure.
 */
public final class NpmTool {

	private NpmTool() {
	}

	/** The executable {@code node_modules/.bin/<binary>} of the package in {@code folder}, installed if need be. */
	public static Path binary(Path folder, String binary, String tests) throws IOException, InterruptedException {
		Path path = folder.resolve("node_modules/.bin/" + binary);
		if (!Files.isExecutable(path)) {
			if (!onPath("node") || !onPath("npm")) {
				String why = tests + " skipped: node and npm are not installed (apt-get install nodejs npm)";
				if ("true".equals(System.getenv("CI"))) {
					throw new IllegalStateException(why.replace("skipped", "cannot run in CI"));
				}
				Assumptions.abort(why);
			}
			// never inheritIO: npm would share the test JVM's stdin and stdout, Surefire's channel to the fork
			// (node makes stdin non-blocking: "std/in stream corrupted"), so its words go to a log file instead
			Path log = Path.of("target", "npm-ci-" + folder.getFileName() + ".log").toAbsolutePath();
			Files.createDirectories(log.getParent());
			Process npm = new ProcessBuilder(List.of("npm", "ci", "--no-audit", "--no-fund", "--silent"))
				.directory(folder.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			npm.getOutputStream().close();
			if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
				throw new IllegalStateException("failed: npm ci in " + folder + " (see " + log + ")");
			}
		}
		return path;
	}

	static boolean onPath(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}
}
