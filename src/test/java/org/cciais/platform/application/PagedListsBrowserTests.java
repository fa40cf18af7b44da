package org.cciais.platform.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.ApplicationRows;
import org.cciais.platform.testing.BrowserTest;
import org.cciais.platform.testing.Viewports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin applications list and a work list with 60 cases, on a desktop and a phone: the pager under the list
 * wraps on the phone instead of widening the page, and clicking a column header sorts with the filters kept.
 */
class PagedListsBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	EnterpriseFixture enterprise;

	String prefix;

	String orgUsername;

	String adminUsername;

	@BeforeAll
	void sixtyApplications() {
		enterprise = enterprise();
		OrganizationView org = reviewOrg("JJJ");
		orgUsername = account(Role.REVIEW_ORG, org.id()).username();
		adminUsername = account(Role.ADMIN, null).username();
		prefix = unique("分页企业");
		Instant now = clock.instant();
		List<ApplicationRows.Row> rows = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			rows.add(new ApplicationRows.Row(prefix + "-%02d".formatted(i), i % 2 == 0 ? "DOC_REVIEW" : "SUBMITTED",
					now.minus(Duration.ofDays(61 - i)), now.minus(Duration.ofHours(61 - i)), null));
		}
		ApplicationRows.insert(jdbc, enterprise.id(), org.id(), rows);
	}

	@AfterAll
	void removeThem() {
		ApplicationRows.delete(jdbc, enterprise.id());
	}

	private void bothWidths(String name) throws Exception {
		Viewports.bothWidths(browser, name);
		// the phone's window at the pager, where a full-page shot of 60 stacked rows is too small to judge
		byte[] pager = browser.findElement(By.cssSelector(".list-pager"))
			.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", name + "-390-pager.png"), pager);
		Viewports.reset(browser);
	}

	@Test
	void adminApplicationsListPagesAndSortsWithItsFiltersKept() throws Exception {
		login(adminUsername, PASSWORD);
		open("/admin/applications?q=" + prefix + "&status=DOC_REVIEW");
		assertThat(waitFor(By.cssSelector(".list-pager")).getText()).contains("共 30 条，第 1 / 2 页");
		browser.findElement(By.cssSelector("a[data-sort=enterpriseName]")).click();
		waitFor(By.cssSelector("th[aria-sort=ascending] a[data-sort=enterpriseName]"));
		assertThat(browser.getCurrentUrl()).contains("status=DOC_REVIEW").contains("sort=enterpriseName,asc");
		assertThat(browser.findElement(By.cssSelector("#work-list tbody tr td:nth-child(2)")).getText())
			.isEqualTo(prefix + "-02");
		bothWidths("paged-admin-applications");
		logout();
	}

	@Test
	void reviewOrganisationsWorkListPagesItsTab() throws Exception {
		login(orgUsername, PASSWORD);
		open("/review-org/applications?tab=all");
		assertThat(waitFor(By.cssSelector(".list-pager")).getText()).contains("共 60 条，第 1 / 3 页");
		// followed rather than clicked: below the fold of the 900 px window the pager sits under the page footer
		browser.get(browser.findElement(By.cssSelector(".list-pager a[rel=next]")).getAttribute("href"));
		waitFor(By.cssSelector(".page-item.active"));
		assertThat(browser.getCurrentUrl()).contains("tab=all").contains("page=1");
		assertThat(browser.findElement(By.cssSelector(".page-item.active")).getText()).isEqualTo("2");
		bothWidths("paged-review-org-work-list");
		logout();
	}
}
