package org.cciais.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: the real server on a random port, Debian's headless Chromium driven by Selenium
 * (never downloading a browser or driver). Screenshots go to {@code target/screenshots/}. Skipped, with one line
 * saying why, where Chromium is not installed, except on CI ({@link BrowserAvailable}).
 */
@ExtendWith(BrowserAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends OperatorConfiguredTest {

	protected WebDriver browser;

	private Path profile;

	@BeforeAll
	void startBrowser() throws IOException {
		String missing = BrowserAvailable.missing();
		if (missing != null) {
			throw new IllegalStateException("CI=true and the browser tests cannot run: " + missing
					+ " (.ci/run installs them: apt-get install chromium chromium-driver)");
		}
		profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserAvailable.binary().toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(BrowserAvailable.driver().toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		browser.get(url(path));
	}

	protected WebElement waitFor(By by) {
		return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	protected void login(String username, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * Scrolls the element to the middle of the window and clicks it. The scroll is instant: Bootstrap sets
	 * {@code scroll-behavior: smooth}, and a click while the page still glides lands on whatever is under the point.
	 */
	protected void click(By by) {
		click(browser.findElement(by));
	}

	protected void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * Clicks a button that posts its form and waits until the answer's page has replaced this one, so that an
	 * element of this page (the last step's success alert) is not taken for the next page's.
	 */
	protected void post(By button) {
		WebElement page = browser.findElement(By.tagName("html"));
		click(button);
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
	}

	protected void logout() {
		browser.manage().deleteAllCookies();
	}

	/** Saves a full-window screenshot to {@code target/screenshots/<name>.png} for people to look at. */
	protected Path screenshot(String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Path target = dir.resolve(name + ".png");
		Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return target;
	}
}
