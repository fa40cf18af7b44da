package org.cciais.platform.notification;

import java.time.Duration;
import java.time.Instant;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.notification.internal.Message;
import org.cciais.platform.notification.internal.NotificationCenter;
import org.cciais.platform.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Manual 3.2, figure 4, in a real browser: blue to-dos lead to their action page. */
class NotificationBrowserTests extends BrowserTest {

	@Autowired
	NotificationCenter center;

	@Test
	void enterpriseSeesBlueToDosAndGreyDoneItemsAndClicksThroughToTheActionPage() throws Exception {
		var enterprise = enterprise();
		AccountView me = accounts.findById(enterprise.accountId()).orElseThrow();
		String topic = "browser:" + unique("t");
		Instant t = clock.instant();
		center.notify(me, Message.notice(null, "金融行业三级资质申请已提交至评审机构，请等待评审机构受理。", "/enterprise/progress/7",
				topic + ":1", topic, t.minus(Duration.ofMinutes(30))));
		center.notify(me, Message.todo(null, "金融行业三级资质申请被评审机构退回，请修改申请信息后重新提交，或取消申请。退回意见：咨询机构选择有误",
				"/enterprise/progress/7", topic + ":2", topic, t.minus(Duration.ofMinutes(20))));
		center.completeTopic(topic, topic + ":3");
		center.notify(me, Message.notice(null, "金融行业三级资质申请已修改并重新提交至评审机构，请等待评审机构受理。",
				"/enterprise/progress/7", topic + ":3", topic, t.minus(Duration.ofMinutes(10))));
		center.notify(me, Message.todo(null, "金融行业三级资质申请已受理，请于 2026-12-02 18:00 前上传申请材料（逾期未提交，系统将清除本次申请数据）。",
				"/enterprise/progress/7/materials", topic + ":4", topic, t));

		login(enterprise.username(), PASSWORD);
		open("/notifications");
		WebElement todo = waitFor(By.cssSelector("#notifications a[data-state=todo] .notification-text"));
		screenshot("notifications-enterprise");

		assertThat(todo.getText()).startsWith("金融行业三级资质申请已受理");
		// blue: the platform's link blue #0a58ca, dark enough for WCAG AA on the light background
		assertThat(todo.getCssValue("color")).isEqualTo("rgba(10, 88, 202, 1)");
		WebElement done = browser.findElement(By.cssSelector("#notifications a[data-state=done]"));
		assertThat(done.getText()).contains("已处理").contains("退回意见：咨询机构选择有误");
		assertThat(done.findElement(By.cssSelector(".notification-text")).getCssValue("color"))
			.isNotEqualTo("rgba(10, 88, 202, 1)");
		// the settled to-do (:2) is read as well: unread are the two notices and the open to-do
		assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo("3");

		todo.click();

		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> d.getCurrentUrl().endsWith("/enterprise/progress/7/materials"));
		open("/notifications");
		assertThat(waitFor(By.id("unread-count")).getText()).isEqualTo("2");
	}
}
