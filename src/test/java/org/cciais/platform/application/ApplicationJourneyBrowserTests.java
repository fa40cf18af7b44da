package org.cciais.platform.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figure 5 in Chromium, as people click it: the enterprise applies from the industry table (figure 7), the review
 * organisation accepts on its workbench, the enterprise uploads the 18 items (figures 9/10) and submits, the reviewer
 * then sees the case. Screenshots in target/screenshots/application-*.png.
 */
class ApplicationJourneyBrowserTests extends BrowserTest {

	@Autowired
	CatalogQueries catalog;

	@Test
	void enterpriseAppliesIsAcceptedAndSubmitsItsMaterialsInTheBrowser() throws Exception {
		EnterpriseFixture enterprise = enterprise();
		OrganizationView review = reviewOrg("JJJ");
		OrganizationView consulting = consultingOrg("JJJ");
		AccountView orgAccount = account(Role.REVIEW_ORG, review.id());
		AccountView reviewer = account(Role.REVIEWER, review.id());
		Path pdf = Files.write(Files.createTempFile("营业执照", ".pdf"), pdf());
		Path rar = Files.write(Files.createTempFile("合同", ".rar"), rar());

		// 资质申请: figure 7, then the form of figure 6
		login(enterprise.username(), PASSWORD);
		open("/enterprise/applications");
		waitFor(By.id("industries"));
		screenshot("application-01-industries");
		browser.findElement(By.cssSelector("tr[data-industry=GOVERNMENT] a.btn-primary")).click();
		waitFor(By.id("application-form"));
		assertThat(browser.findElement(By.id("derived-level")).getText()).isEqualTo("三级");
		new Select(browser.findElement(By.id("reviewOrgId"))).selectByVisibleText(review.name());
		new Select(browser.findElement(By.id("consultingOrgId"))).selectByVisibleText(consulting.name());
		screenshot("application-02-form");
		click(By.cssSelector("#application-form button[type=submit]"));
		waitFor(By.id("timeline"));
		assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("SUBMITTED");
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("政府行业三级资质申请");
		String detailUrl = browser.getCurrentUrl();
		long id = Long.parseLong(detailUrl.substring(detailUrl.lastIndexOf('/') + 1));
		screenshot("application-03-submitted");
		open("/enterprise/applications");
		assertThat(browser.findElement(By.cssSelector("tr[data-industry=GOVERNMENT]")).getText()).contains("申请中");
		logout();

		// the review organisation accepts on its workbench and assigns the reviewer
		login(orgAccount.username(), PASSWORD);
		open("/review-org/applications");
		waitFor(By.id("work-list"));
		screenshot("application-04-review-org-workbench");
		browser.findElement(By.cssSelector("tr[data-id='" + id + "'] a")).click();
		waitFor(By.id("acceptance"));
		screenshot("application-05-review-org-detail");
		browser.findElement(By.id("acceptance-opinion")).sendKeys("申请信息完整，予以受理。");
		click(By.id("accept"));
		waitFor(By.id("assign"));
		assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("ACCEPTED");
		new Select(browser.findElement(By.id("reviewerId"))).selectByValue(String.valueOf(reviewer.id()));
		post(By.cssSelector("#assign button"));
		waitFor(By.className("alert-success"));
		screenshot("application-06-accepted");
		logout();

		// the enterprise uploads every item and submits
		login(enterprise.username(), PASSWORD);
		open("/enterprise/progress");
		waitFor(By.id("applications"));
		screenshot("application-07-progress-list");
		open("/enterprise/progress/" + id);
		waitFor(By.id("deadline"));
		assertThat(browser.findElement(By.id("countdown")).getText()).startsWith("剩余 6 天");
		screenshot("application-08-progress-detail");
		browser.findElement(By.id("upload-materials")).click();
		waitFor(By.id("material-items"));
		assertThat(browser.findElement(By.id("submit-materials")).isEnabled()).isFalse();
		screenshot("application-09-materials-empty");
		List<CatalogQueries.MaterialItem> items = catalog.materials();
		for (CatalogQueries.MaterialItem item : items) {
			if (!item.required()) {
				continue;
			}
			waitFor(By.id("upload-" + item.code()));
			WebElement input = browser.findElement(By.id("file-" + item.code()));
			input.sendKeys(("RAR".equals(item.fileKind()) ? rar : pdf).toAbsolutePath().toString());
			click(By.id("upload-" + item.code()));
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
				.textToBePresentInElementLocated(By.cssSelector("#item-" + item.code() + " td:nth-child(3)"), "已上传"));
		}
		post(By.id("draft"));
		waitFor(By.className("alert-success"));
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("已暂存");
		browser.findElement(By.id("upload-materials")).click();
		waitFor(By.id("material-items"));
		assertThat(browser.findElement(By.id("missing-count")).getText()).contains("可以提交");
		screenshot("application-10-materials-complete");
		click(By.id("submit-materials"));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		browser.switchTo().alert().accept();
		waitFor(By.id("timeline"));
		assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("DOC_REVIEW");
		screenshot("application-11-doc-review");
		logout();

		// the assigned reviewer sees the case with its decision form
		login(reviewer.username(), PASSWORD);
		open("/reviewer/applications");
		waitFor(By.id("work-list"));
		browser.findElement(By.cssSelector("tr[data-id='" + id + "'] a")).click();
		waitFor(By.id("doc-review"));
		screenshot("application-12-reviewer-detail");
		browser.findElement(By.cssSelector("#doc-review textarea")).sendKeys("（四）财务审计报告缺少审计机构盖章页，请补充。");
		browser.findElement(By.id("doc-report")).sendKeys(pdf.toAbsolutePath().toString());
		post(By.cssSelector("#doc-review button[value=doc-fail]"));
		waitFor(By.className("alert-success"));
		assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("DOC_RECTIFICATION");
		logout();

		// the enterprise sees the opinion and the report and answers with a RAR (文审整改)
		login(enterprise.username(), PASSWORD);
		open("/enterprise/progress/" + id);
		waitFor(By.id("rectify"));
		assertThat(browser.findElement(By.id("reason")).getText()).contains("缺少审计机构盖章页").contains("查看评审报告");
		screenshot("application-13-doc-rectification");
		browser.findElement(By.id("rectify-file")).sendKeys(rar.toAbsolutePath().toString());
		post(By.cssSelector("#rectify button[type=submit]"));
		waitFor(By.className("alert-success"));
		assertThat(browser.findElement(By.id("status")).getAttribute("data-status")).isEqualTo("DOC_REVIEW");
		screenshot("application-14-rectified");
		logout();
	}

}
