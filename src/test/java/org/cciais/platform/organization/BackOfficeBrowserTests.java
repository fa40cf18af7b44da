package org.cciais.platform.organization;

import java.util.List;

import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The back office in a real browser at 1366 px and 390 px: the grouped side menu and each new page. */
class BackOfficeBrowserTests extends BrowserTest {

	@Test
	void theAssociationFindsEveryBackOfficePageInItsGroupedMenu() throws Exception {
		var reviewer = account(Role.REVIEWER, reviewOrg().id());
		login(reviewer.username(), PASSWORD);
		logout();
		login("admin", "admin-test-pass-1");
		open("/admin/jobs/certificate-expiry");
		waitFor(By.id("run-now")).click();
		browser.switchTo().alert().accept();
		waitFor(By.cssSelector(".alert-success"));

		for (String width : List.of("1366", "390")) {
			browser.manage().window().setSize(new Dimension(Integer.parseInt(width), 900));
			for (String[] page : new String[][] { { "/admin/accounts", "用户管理", "accounts" },
					{ "/admin/sessions", "在线用户", "sessions" }, { "/admin/jobs", "定时任务", "jobs" },
					{ "/admin/jobs/certificate-expiry", "证书到期", "job-runs" },
					{ "/admin/login-log", "登录日志", "login-log" } }) {
				open(page[0]);
				assertThat(waitFor(By.cssSelector("main h1")).getText()).isEqualTo(page[1]);
				screenshot("backoffice-" + page[2] + "-" + width);
			}
		}
		browser.manage().window().setSize(new Dimension(1366, 900));
		open("/admin/sessions");
		List<String> groups = browser.findElements(By.cssSelector(".side-menu .side-menu-group"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(groups).containsExactly("系统管理", "日志管理", "资质业务", "统计分析", "个人设置");
		assertThat(browser.findElement(By.cssSelector(".side-menu .active")).getText()).isEqualTo("在线用户");
		assertThat(browser.findElement(By.id("session-table")).getText()).contains(reviewer.username(), "admin");

		browser.manage().window().setSize(new Dimension(390, 900));
		open("/admin/login-log");
		assertThat(browser.findElement(By.id("side-menu")).isDisplayed()).isFalse();
		browser.findElement(By.cssSelector("[data-bs-target='#side-menu']")).click();
		waitFor(By.linkText("定时任务"));
		screenshot("backoffice-menu-390");
		browser.manage().window().setSize(new Dimension(1366, 900));
	}
}
