package org.cciais.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screen widths for the browser tests (Chromium's device-metrics emulation, so the width is exact), the
 * no-horizontal-overflow check and full-page screenshots into {@code target/screenshots/}.
 */
public final class Viewports {

	/** A common phone (iPhone 12–15) in CSS pixels. */
	public static final int PHONE = 390;

	/** The most common office laptop screen. */
	public static final int DESKTOP = 1366;

	private static final int HEIGHT = 844;

	private Viewports() {
	}

	/**
	 * Lays the page out at the given width (the next loads keep it until {@link #reset}). Scroll bars are hidden, as
	 * on phones, so the page gets the whole width. Not in Chromium's mobile mode: that zooms a page wider than the
	 * screen out to fit, which would hide the very overflow the tests look for.
	 */
	public static void width(WebDriver browser, int width) {
		ChromeDriver chromium = (ChromeDriver) browser;
		chromium.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
		chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
		settled(chromium);
	}

	/**
	 * Waits for two frames of the page: a page's {@code resize} handlers (the statistics charts lay themselves out
	 * again on it) run before a frame's animation callbacks, so after them the page is laid out at the new width. A
	 * check straight after the override could see the charts still at the old width (it failed once in English at
	 * 390 px).
	 */
	private static void settled(ChromeDriver chromium) {
		chromium.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
	}

	public static void reset(WebDriver browser) {
		ChromeDriver chromium = (ChromeDriver) browser;
		chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		chromium.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", false));
		settled(chromium);
	}

	/**
	 * How far the page is wider than the window, in CSS pixels (0 when nothing overflows sideways), with the widest
	 * element sticking out named for the failure message.
	 */
	public static Overflow overflow(WebDriver browser) {
		@SuppressWarnings("unchecked")
		Map<String, Object> r = (Map<String, Object>) ((ChromeDriver) browser).executeScript("""
				const w = window.innerWidth, sw = document.documentElement.scrollWidth;
				let worst = null, right = w;
				for (const e of document.body.querySelectorAll('*')) {
				  const b = e.getBoundingClientRect();
				  if (b.right > right + 0.5 && b.width > 0) { right = b.right; worst = e; }
				}
				const name = worst ? worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '')
				    + (worst.className && typeof worst.className === 'string' ? '.' + worst.className.trim().split(/\\s+/).join('.') : '')
				    : '';
				return { innerWidth: w, scrollWidth: sw, element: name };""");
		return new Overflow(((Number) r.get("innerWidth")).intValue(), ((Number) r.get("scrollWidth")).intValue(),
				(String) r.get("element"));
	}

	/** The window's width and the page's; {@code element} is the one reaching furthest right. */
	public record Overflow(int innerWidth, int scrollWidth, String element) {

		public boolean none() {
			return scrollWidth <= innerWidth;
		}
	}

	/**
	 * The page as a laptop and as a phone show it: fails when it is wider than the window at either width, and saves
	 * {@code target/screenshots/<name>-1366.png} and {@code -390.png}. The phone's width stays set ({@link #reset}).
	 */
	public static void bothWidths(WebDriver browser, String name) throws IOException {
		for (int width : new int[] { DESKTOP, PHONE }) {
			width(browser, width);
			Overflow overflow = overflow(browser);
			if (!overflow.none()) {
				throw new AssertionError(name + " at " + width + " px: " + overflow);
			}
			fullPageScreenshot(browser, name + "-" + width);
		}
	}

	/**
	 * The whole page (not only the window) at the current width, as {@code target/screenshots/<name>.png}, encoded
	 * for speed (a larger file, the same picture).
	 */
	public static Path fullPageScreenshot(WebDriver browser, String name) throws IOException {
		@SuppressWarnings("unchecked")
		Map<String, Object> metrics = ((ChromeDriver) browser).executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		double width = ((Number) size.get("width")).doubleValue();
		double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
		Map<String, Object> shot = ((ChromeDriver) browser).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true,
						"clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Path target = dir.resolve(name + ".png");
		Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
		// a capture beyond the window lays the page out again at the window's size afterwards: let that finish
		// before the next command (an element screenshot straight after one of 60 stacked rows once timed out in
		// Chromium's renderer after 10 s)
		settled((ChromeDriver) browser);
		return target;
	}
}
