package org.cciais.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests only where Debian's Chromium and chromedriver are installed, so that the README's
 * {@code mvn verify} passes on a fresh machine. On CI ({@code CI=true}) a missing browser is not a reason to skip:
 * the tests then run and fail, so that CI can never pass without them. The paths can be moved with the system
 * properties {@code browser.binary} and {@code browser.driver} (also to try the skip without uninstalling Chromium).
 */
public final class BrowserAvailable implements ExecutionCondition {

	/** The start of the skip reason; {@code .ci/run} looks for it in the Surefire reports. */
	public static final String SKIPPED = "Browser tests skipped";

	private static final AtomicBoolean TOLD = new AtomicBoolean();

	public static Path binary() {
		return Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
	}

	public static Path driver() {
		return Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
	}

	static boolean onCi() {
		return "true".equalsIgnoreCase(System.getProperty("ci", System.getenv("CI")));
	}

	/** What is missing, or null when both are there. */
	static String missing() {
		Path binary = binary();
		Path driver = driver();
		boolean hasBinary = Files.isExecutable(binary);
		boolean hasDriver = Files.isExecutable(driver);
		if (hasBinary && hasDriver) {
			return null;
		}
		return (hasBinary ? "" : binary + " ") + (hasDriver ? "" : driver + " ") + "not found";
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String missing = missing();
		if (missing == null || onCi()) {
			return ConditionEvaluationResult.enabled("Chromium present, or CI (which must run the browser tests)");
		}
		String reason = SKIPPED + ": " + missing + ". Install them with `apt-get install chromium chromium-driver` "
				+ "(or point -Dbrowser.binary= and -Dbrowser.driver= at them) to run the browser tests.";
		if (TOLD.compareAndSet(false, true)) {
			System.out.println("[WARNING] " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}
}
