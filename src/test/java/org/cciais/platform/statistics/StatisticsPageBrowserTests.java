package org.cciais.platform.statistics;

import java.util.List;
import java.util.Map;

import org.cciais.platform.testing.BrowserTest;
import org.cciais.platform.testing.Viewports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 数据统计 in a real browser: every chart drawn, and on a phone the tables below the charts stay compact tables (not
 * the table-stack cards of the lists, which made the page about 8000 px tall); a wider table scrolls sideways inside
 * its focusable region. Screenshots target/screenshots/statistics-1366.png and statistics-390.png.
 */
class StatisticsPageBrowserTests extends BrowserTest {

	@AfterEach
	void fullWidth() {
		Viewports.reset(browser);
	}

	@Test
	void chartsAndCompactTablesAtBothWidths() throws Exception {
		login("admin", "admin-test-pass-1");
		for (int width : List.of(Viewports.DESKTOP, Viewports.PHONE)) {
			Viewports.width(browser, width);
			open("/admin/statistics");
			waitFor(By.cssSelector("#applications-stage-chart svg"));
			Viewports.fullPageScreenshot(browser, "statistics-" + width);

			@SuppressWarnings("unchecked")
			Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
					const rows = [...document.querySelectorAll('#statistics table > tbody > tr')];
					const heads = [...document.querySelectorAll('#statistics table > thead')];
					const regions = [...document.querySelectorAll('#statistics .statistics-table')];
					return {
					  tables: document.querySelectorAll('#statistics table').length,
					  charts: document.querySelectorAll('#statistics .statistics-chart svg').length,
					  rowsAsRows: rows.every(r => getComputedStyle(r).display === 'table-row'),
					  headsShown: heads.every(h => getComputedStyle(h).display !== 'none'),
					  regionsFocusable: regions.every(r => r.tabIndex === 0 && r.getAttribute('role') === 'region'
					      && r.getAttribute('aria-label')),
					  height: document.documentElement.scrollHeight
					};""");
			assertThat(layout.get("tables")).as("tables at %d px", width).isEqualTo(8L);
			// the review chart is hidden while no review organisation confirmed anything in the range
			assertThat((Long) layout.get("charts")).as("charts at %d px", width).isBetween(7L, 8L);
			assertThat(layout.get("rowsAsRows")).as("table rows at %d px", width).isEqualTo(true);
			assertThat(layout.get("headsShown")).as("table headings at %d px", width).isEqualTo(true);
			assertThat(layout.get("regionsFocusable")).as("scroll regions at %d px", width).isEqualTo(true);
			if (width == Viewports.PHONE) {
				assertThat((Long) layout.get("height")).as("page height at 390 px").isLessThan(6500L);
			}
		}
	}
}
