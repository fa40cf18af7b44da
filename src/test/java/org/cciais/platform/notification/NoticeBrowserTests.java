package org.cciais.platform.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cciais.platform.testing.Axe;
import org.cciais.platform.testing.BrowserTest;
import org.cciais.platform.testing.Viewports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 通知公告 in a real browser: the association writes a pinned notice with a PDF attachment on the list page, edits
 * it, and the home page shows it first with its 置顶 mark. Screenshots target/screenshots/notice-edit-1366|390.png,
 * notice-list-1366|390.png and notice-home-1366|390.png.
 */
class NoticeBrowserTests extends BrowserTest {

	@AfterEach
	void fullWidth() {
		Viewports.reset(browser);
	}

	@Test
	void theAssociationWritesAPinnedNoticeWithAnAttachmentAndTheHomePageShowsItFirst() throws Exception {
		Path pdf = Files.createTempFile("通知附件", ".pdf");
		Files.write(pdf, pdf());
		String title = unique("关于开展 2027 年度资质年检工作的通知");
		login("admin", "admin-test-pass-1");
		open("/admin/notices");
		browser.findElement(By.id("n-title")).sendKeys(title);
		browser.findElement(By.id("n-body")).sendKeys("各会员单位：\n请于规定时间内完成年检材料的提交。\n附件为年检工作安排。");
		click(By.id("n-pinned"));
		browser.findElement(By.id("n-file")).sendKeys(pdf.toString());
		post(By.cssSelector("#notice-form button[type=submit]"));
		assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("已发布通知“" + title + "”");

		String editPath = browser.findElement(By.linkText(title)).getAttribute("href").replaceFirst("^https?://[^/]+", "");
		assertThat(editPath).matches("/admin/notices/\\d+");
		open(editPath);
		assertThat(waitFor(By.id("notice-attachment")).getText()).contains(".pdf");
		assertThat(browser.findElement(By.id("n-pinned")).isSelected()).isTrue();
		assertThat(Axe.seriousViolations(browser)).isEmpty();

		for (int width : List.of(Viewports.DESKTOP, Viewports.PHONE)) {
			Viewports.width(browser, width);
			open(editPath);
			waitFor(By.id("notice-form"));
			Viewports.fullPageScreenshot(browser, "notice-edit-" + width);
			assertThat(Viewports.overflow(browser).none()).as("edit page at %d px", width).isTrue();
			open("/admin/notices");
			Viewports.fullPageScreenshot(browser, "notice-list-" + width);
			open("/");
			Viewports.fullPageScreenshot(browser, "notice-home-" + width);
			assertThat(browser.findElement(By.cssSelector("#home-notices li")).getText()).contains("置顶", title);
		}
		Viewports.reset(browser);
		open("/");
		open(browser.findElement(By.linkText(title)).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
		assertThat(waitFor(By.id("notice-attachment")).getText()).contains("附件：", ".pdf");
		Files.deleteIfExists(pdf);
	}
}
