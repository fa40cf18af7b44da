package org.cciais.platform.enterprise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cciais.platform.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person registers an enterprise through the real registration page in headless Chromium (uploading the licence
 * from a file), logs in and finds the enterprise portal. Screenshots in target/screenshots/.
 */
class RegistrationBrowserTest extends BrowserTest {

	@Autowired
	EnterpriseQueries enterprises;

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}


	private void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
	}

	@Test
	void anEnterpriseRegistersThroughThePageAndLogsIntoItsPortal() throws Exception {
		open("/");
		waitFor(By.id("home-login-form"));
		assertThat(browser.findElement(By.id("process-steps")).getText()).contains("专家终审");
		screenshot("home");

		click(By.linkText("企业用户注册"));
		waitFor(By.id("enterprise-form"));
		assertThat(browser.findElement(By.id("tab-enterprise")).getAttribute("class")).contains("active");

		String username = unique("browser");
		String creditCode = creditCode();
		Path licence = Files.createTempFile("licence-", ".pdf");
		Files.write(licence, pdf());

		type("ent-username", username);
		type("ent-password", PASSWORD);
		type("ent-confirmPassword", "Not-The-Same-1");
		new Select(browser.findElement(By.id("ent-regionCode"))).selectByVisibleText("北京市");
		type("ent-creditCode", creditCode);
		type("ent-name", "北京浏览器测试" + username + "科技有限公司");
		browser.findElement(By.id("ent-file")).sendKeys(licence.toAbsolutePath().toString());
		new Select(browser.findElement(By.id("ent-unitType"))).selectByVisibleText("有限责任公司");
		type("ent-registeredCapital", "500");
		type("ent-legalRepresentative", "冯浏览");
		type("ent-registeredAddress", "北京市朝阳区测试街 3 号");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2016-08-08'",
				browser.findElement(By.id("ent-foundedOn")));
		type("ent-contactName", "陈联系");
		type("ent-email", username + "@example.com");
		type("ent-introduction", "浏览器测试企业。");
		click(By.id("enterprise-submit"));

		// A refused form: the message sits beside the field, typed values stay, passwords and the file do not.
		WebElement mismatch = waitFor(By.id("ent-confirmPassword-error"));
		assertThat(mismatch.getText()).isEqualTo("两次输入的密码不一致");
		assertThat(browser.findElement(By.id("ent-creditCode")).getAttribute("value")).isEqualTo(creditCode);
		assertThat(browser.findElement(By.id("ent-password")).getAttribute("value")).isEmpty();
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", mismatch);
		screenshot("register-refused");

		type("ent-password", PASSWORD);
		type("ent-confirmPassword", PASSWORD);
		browser.findElement(By.id("ent-file")).sendKeys(licence.toAbsolutePath().toString());
		((JavascriptExecutor) browser).executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
		screenshot("register");
		click(By.id("enterprise-submit"));

		until(d -> d.getCurrentUrl().contains("/login?registered"));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("注册成功");
		assertThat(enterprises.findByCreditCode(creditCode)).isPresent();

		login(username, PASSWORD);
		waitFor(By.cssSelector(".side-menu"));
		String menu = browser.findElement(By.cssSelector(".side-menu")).getText();
		assertThat(menu).contains("通知提醒", "资质申请", "进度查询", "证书查询", "人员管理", "企业年检", "企业信息修改", "企业密码变更");
		assertThat(browser.findElement(By.cssSelector(".navbar")).getText()).contains("北京浏览器测试");
		screenshot("portal");

		click(By.linkText("企业信息修改"));
		waitFor(By.id("profile-form"));
		assertThat(browser.findElement(By.id("locked-fields")).getText()).contains(creditCode, "北京市（京津冀）");
		screenshot("profile");

		click(By.linkText("企业密码变更"));
		waitFor(By.id("password-form"));
		screenshot("password");
		Files.deleteIfExists(licence);
		logout();
	}

	@Test
	void theAssociationsPagesRender() throws Exception {
		login("admin", "admin-test-pass-1");
		until(d -> d.getCurrentUrl().endsWith("/admin"));
		waitFor(By.id("dashboard-counts"));
		screenshot("admin-dashboard");
		for (String page : new String[] { "organizations", "accounts", "notices", "audit" }) {
			open("/admin/" + page);
			waitFor(By.cssSelector("main h1"));
			assertThat(browser.findElement(By.cssSelector(".side-menu .active")).getText()).isNotBlank();
			screenshot("admin-" + page);
		}
		logout();
		open("/password-reset");
		waitFor(By.cssSelector("main h1"));
		screenshot("password-reset");
	}
}
