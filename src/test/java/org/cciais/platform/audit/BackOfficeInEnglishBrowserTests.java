package org.cciais.platform.audit;

import org.cciais.platform.testing.BrowserTest;
import org.cciais.platform.testing.Viewports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three busiest admin pages in English (longer words than Chinese) fit a laptop and a phone: nothing wider
 * than the window. Screenshots target/screenshots/en-dashboard-1366.png and -390.png, en-audit-…, en-statistics-….
 */
class BackOfficeInEnglishBrowserTests extends BrowserTest {

	@AfterEach
	void fullWidth() {
		Viewports.reset(browser);
	}

	@Test
	void theDashboardTheAuditLogAndTheStatisticsFitBothWidthsInEnglish() throws Exception {
		login("admin", "admin-test-pass-1");
		open("/admin?lang=en");
		assertThat(waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Administration");
		Viewports.bothWidths(browser, "en-dashboard");

		Viewports.reset(browser);
		open("/admin/audit");
		assertThat(waitFor(By.cssSelector("main h1")).getText()).as("the language is remembered").isEqualTo("Audit log");
		Viewports.bothWidths(browser, "en-audit");

		Viewports.reset(browser);
		open("/admin/statistics");
		waitFor(By.cssSelector("#applications-stage-chart svg"));
		assertThat(waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Statistics");
		Viewports.bothWidths(browser, "en-statistics");
	}
}
