package org.cciais.platform.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * static/js/upload.js on the materials page: 上传 without a file and a file of the wrong type get a message beside
 * the item naming it; a real upload shows its progress and completes. Screenshots at 1366 and 390 px.
 */
class UploadProgressBrowserTests extends BrowserTest {

	@Autowired
	ApplicationManagement management;

	@Test
	void checksTheFileBesideItsItemAndShowsTheProgressOfARealUpload() throws Exception {
		EnterpriseFixture enterprise = enterprise();
		OrganizationView review = reviewOrg("JJJ");
		OrganizationView consulting = consultingOrg("JJJ");
		AccountView org = account(Role.REVIEW_ORG, review.id());
		long id = management.create(new NewApplication(Industry.GOVERNMENT, review.id(), consulting.id()),
				enterprise.principal()).id();
		management.act(id, WorkflowAction.ACCEPT.code(), ActionRequest.EMPTY, principal(org));

		Path html = Files.writeString(Files.createTempFile("page-", ".html"), "<html></html>");
		Path big = Files.createTempFile("scan-", ".pdf");
		byte[] pdf = pdf();
		try (var out = Files.newOutputStream(big)) {
			out.write(pdf, 0, pdf.length - 7);
			out.write(new byte[8 * 1024 * 1024]);
			out.write("\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		}

		login(enterprise.username(), PASSWORD);
		open("/enterprise/progress/" + id + "/materials");
		waitFor(By.id("material-items"));

		click(By.id("upload-M01"));
		String noFile = waitFor(By.cssSelector("#item-M01 [data-upload-feedback]")).getText();
		assertThat(noFile).startsWith("请先为“").contains("选择文件");
		screenshot("upload-01-no-file-1366");

		browser.findElement(By.id("file-M02")).sendKeys(html.toAbsolutePath().toString());
		click(By.id("upload-M02"));
		String wrongType = waitFor(By.cssSelector("#item-M02 [data-upload-feedback]")).getText();
		assertThat(wrongType).contains("只接受 PDF 文件", html.getFileName().toString());
		assertThat(browser.findElements(By.cssSelector("#item-M02 [data-upload-feedback]"))).hasSize(1);

		// slow the upload down so that its progress can be seen
		((org.openqa.selenium.chromium.HasNetworkConditions) browser).setNetworkConditions(
				new org.openqa.selenium.chromium.ChromiumNetworkConditions() {
					{
						setUploadThroughput(4 * 1024 * 1024);
						setDownloadThroughput(10 * 1024 * 1024);
						setLatency(Duration.ofMillis(5));
					}
				});
		browser.findElement(By.id("file-M03")).sendKeys(big.toAbsolutePath().toString());
		click(By.id("upload-M03"));
		waitFor(By.cssSelector(".upload-progress .progress-bar"));
		assertThat(browser.findElement(By.id("upload-M03")).isEnabled()).isFalse();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d
			.findElements(By.cssSelector(".upload-progress .upload-bytes"))
			.stream()
			.anyMatch(e -> e.getText().contains(" MB / ")));
		screenshot("upload-02-progress-1366");
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#item-M03 td:nth-child(3)"), "已上传"));
		((org.openqa.selenium.chromium.HasNetworkConditions) browser).deleteNetworkConditions();
		screenshot("upload-03-done-1366");

		browser.manage().window().setSize(new Dimension(390, 844));
		open("/enterprise/progress/" + id + "/materials");
		waitFor(By.id("material-items"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});"
				+ "arguments[0].click()", browser.findElement(By.id("upload-M04")));
		waitFor(By.cssSelector("#item-M04 [data-upload-feedback]"));
		screenshot("upload-04-no-file-390");
		browser.manage().window().setSize(new Dimension(1366, 900));
	}

}
