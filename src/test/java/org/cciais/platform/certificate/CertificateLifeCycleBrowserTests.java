package org.cciais.platform.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.certificate.internal.CertificateSheets;
import org.cciais.platform.certificate.internal.CertificateSheets.Sheet;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 申请注销 by the enterprise, 暂停 and the decision on the request by the association, and the public verification
 * of a suspended certificate and of a certificate file, in a real browser at 1366 and 390 px.
 */
class CertificateLifeCycleBrowserTests extends BrowserTest {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateSheets sheets;

	@Test
	void enterpriseAsksToCancelAndTheAssociationSuspendsAnotherAndConfirms() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long toCancel = Approvals.certify(issuance, enterprise.id(), Industry.FINANCE, Level.LEVEL_3, org.id(), null,
				clock.instant());
		long toSuspend = Approvals.certify(issuance, enterprise.id(), Industry.ENERGY, Level.LEVEL_2, org.id(), null,
				clock.instant());
		String cancelNumber = certificates.find(toCancel).orElseThrow().number();
		String suspendNumber = certificates.find(toSuspend).orElseThrow().number();

		login(enterprise.username(), PASSWORD);
		open("/enterprise/certificates");
		browser.findElement(By.cssSelector("tr[data-number='" + cancelNumber + "'] .request-cancellation")).click();
		waitFor(By.id("cancellation-reason")).sendKeys("公司业务调整，不再从事金融行业信息安全服务");
		screenshot("certificate-cancellation-dialog");
		browser.findElement(By.cssSelector("#cancellation-form button[type=submit]")).click();
		waitFor(By.cssSelector("tr[data-number='" + cancelNumber + "'] .cancellation-pending"));
		assertThat(browser.findElement(By.id("my-requests")).getText()).contains(cancelNumber, "待协会处理");
		wide("certificate-enterprise-1366");
		narrow("certificate-enterprise-390");

		logout();
		login("admin", "admin-test-pass-1");
		open("/admin/certificates?q=" + enterprise.name());
		browser.findElement(By.cssSelector("tr[data-number='" + suspendNumber + "'] .suspend")).click();
		waitFor(By.id("status-text")).sendKeys("接到投诉，调查期间暂停");
		screenshot("certificate-admin-suspend-dialog");
		browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();
		waitFor(By.cssSelector("tr[data-number='" + suspendNumber + "'] .restore"));
		assertThat(browser.findElement(By.cssSelector("tr[data-number='" + suspendNumber + "']")).getText())
			.contains("暂停", "接到投诉，调查期间暂停");
		assertThat(browser.findElement(By.id("certificate-requests")).getText()).contains(cancelNumber,
				"公司业务调整");
		wide("certificate-admin-1366");
		narrow("certificate-admin-390");

		var confirm = browser.findElement(By.cssSelector("#certificate-requests .confirm-request"));
		// below the window; Bootstrap scrolls smoothly, so a scroll-then-click would hit a moving target
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()", confirm);
		waitFor(By.id("status-text")).sendKeys("同意注销");
		browser.findElement(By.cssSelector("#status-form button[type=submit]")).click();
		// the upload script replaces the whole page with the answer: the previous result goes stale meanwhile
		new WebDriverWait(browser, java.time.Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("tr[data-number='" + cancelNumber + "']"), "已注销"));
		assertThat(certificates.find(toCancel).orElseThrow().status()).isEqualTo(CertificateStatus.CANCELLED);
		assertThat(certificates.find(toSuspend).orElseThrow().status()).isEqualTo(CertificateStatus.SUSPENDED);

		logout();
		open("/verify?number=" + suspendNumber);
		assertThat(waitFor(By.cssSelector(".verify-status-note")).getText()).contains("该证书已被暂停",
				"接到投诉，调查期间暂停");
		browser.findElement(By.cssSelector(".verify-history summary")).click();
		wide("verify-suspended-1366");
		narrow("verify-suspended-390");
	}

	@Test
	void aCertificateFileIsCheckedOnTheVerificationPage() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, enterprise.id(), Industry.TELECOM, Level.LEVEL_3, org.id(), null,
				clock.instant());
		CertificateView c = certificates.find(id).orElseThrow();
		Path dir = Files.createTempDirectory("certificate-files");
		Path genuine = dir.resolve("genuine.pdf");
		byte[] pdf = sheets.signed(c, Sheet.COPY);
		Files.write(genuine, pdf);
		Path changed = dir.resolve("changed.pdf");
		byte[] tampered = pdf.clone();
		tampered[tampered.length / 3] ^= 0x01;
		Files.write(changed, tampered);

		logout();
		open("/verify");
		browser.findElement(By.id("tab-file")).click();
		waitFor(By.id("file")).sendKeys(genuine.toString());
		browser.findElement(By.cssSelector("#verify-file-form button[type=submit]")).click();
		var result = waitFor(By.id("verify-file-result"));
		assertThat(result.getAttribute("data-outcome")).isEqualTo("GENUINE");
		assertThat(result.getText()).contains("真实有效", c.number(), "有效");
		wide("verify-file-genuine-1366");
		narrow("verify-file-genuine-390");

		browser.findElement(By.id("file")).sendKeys(changed.toString());
		browser.findElement(By.cssSelector("#verify-file-form button[type=submit]")).click();
		// the upload script replaces the whole page with the answer: the previous result goes stale meanwhile
		new WebDriverWait(browser, java.time.Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions
			.attributeToBe(By.id("verify-file-result"), "data-outcome", "ALTERED"));
		assertThat(browser.findElement(By.id("verify-file-result")).getText()).contains("文件已被修改");
		wide("verify-file-altered-1366");
	}

	/** The same page as a phone shows it: 390 px wide, whole length. */
	private void narrow(String name) throws IOException {
		whole(name, 390, true);
	}

	/** The whole page at 1366 px, beyond the window. */
	private void wide(String name) throws IOException {
		whole(name, 1366, false);
	}

	@SuppressWarnings("unchecked")
	private void whole(String name, int width, boolean mobile) throws IOException {
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 844, "deviceScaleFactor", 1, "mobile", mobile));
		try {
			Map<String, Object> size = (Map<String, Object>) chrome
				.executeCdpCommand("Page.getLayoutMetrics", Map.of())
				.get("cssContentSize");
			long height = Math.min(4000, ((Number) size.get("height")).longValue());
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
			screenshot(name);
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}
}
