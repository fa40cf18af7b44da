package org.cciais.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque, MPL-2.0) run inside the page the browser shows. The script comes from the test class path
 * ({@code axe.min.js} of {@code com.deque.html.axe-core:selenium}), so nothing is downloaded at run time.
 */
public final class Axe {

	private static final String SOURCE = load();

	private Axe() {
	}

	/** One rule broken on a page, with the elements breaking it. */
	public record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {

		@Override
		public String toString() {
			return "[" + impact + "] " + rule + ": " + help + " (" + helpUrl + ")\n"
					+ nodes.stream().map(n -> "      " + n.target() + "  " + n.html() + "\n        "
							+ n.summary().replace("\n", "\n        ")).collect(Collectors.joining("\n"));
		}
	}

	public record Node(String target, String html, String summary) {
	}

	/** The {@code critical} and {@code serious} violations of WCAG 2.x A/AA and best-practice rules on this page. */
	public static List<Violation> seriousViolations(WebDriver browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(SOURCE);
		}
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
				    .filter(v => v.impact === 'critical' || v.impact === 'serious')
				    .map(v => ({ rule: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
				        nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.substring(0, 200),
				            summary: n.failureSummary || '' })) }))))
				  .catch(e => done('axe failed: ' + e));""");
		if (result instanceof String failure) {
			throw new IllegalStateException(failure);
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> raw = (List<Map<String, Object>>) result;
		return raw.stream().map(Axe::violation).toList();
	}

	@SuppressWarnings("unchecked")
	private static Violation violation(Map<String, Object> v) {
		List<Node> nodes = ((List<Map<String, Object>>) v.get("nodes")).stream()
			.map(n -> new Node((String) n.get("target"), (String) n.get("html"), (String) n.get("summary")))
			.toList();
		return new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
				(String) v.get("helpUrl"), nodes);
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
