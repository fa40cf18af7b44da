package org.cciais.platform.certificate;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.certificate.internal.CertificateSheets;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.personnel.EngineerManagement;
import org.cciais.platform.personnel.Engineers;
import org.cciais.platform.personnel.NewEngineer;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification page, 证书查询 and 人员管理 in a real browser, with screenshots to look at. */
class CertificateAndPersonnelBrowserTests extends BrowserTest {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateQueries certificates;

	@Autowired
	CertificateManagement certificateManagement;

	@Autowired
	CertificateSheets sheets;

	@Autowired
	EngineerManagement registry;

	@Autowired
	EnterpriseQueries enterprises;

	@Test
	void verificationPageShowsValidAndRevokedCertificates() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long valid = Approvals.certify(issuance, enterprise.id(), Industry.FINANCE, Level.LEVEL_3, org.id(), null,
				clock.instant());
		long revoked = Approvals.certify(issuance, enterprise.id(), Industry.GOVERNMENT, Level.LEVEL_3, org.id(),
				null, clock.instant());
		certificateManagement.revoke(revoked, "未按要求整改", admin());
		String number = certificates.find(valid).orElseThrow().number();

		logout();
		open("/verify");
		waitFor(By.id("number")).sendKeys(number);
		browser.findElement(By.cssSelector("#verify-number-form button[type=submit]")).click();
		WebElement result = waitFor(By.cssSelector(".verify-result[data-number='" + number + "']"));
		assertThat(result.getText()).contains(enterprise.name(), "金融", "叁级", "有效");
		screenshot("verify-by-number");

		browser.findElement(By.id("tab-name")).click();
		WebElement name = waitFor(By.id("name"));
		name.clear();
		name.sendKeys(enterprise.name().substring(0, enterprise.name().length() - 4));
		browser.findElement(By.cssSelector("#verify-name-form button[type=submit]")).click();
		waitFor(By.id("verify-results"));
		assertThat(browser.findElements(By.cssSelector(".verify-result"))).hasSize(2);
		String revokedNumber = certificates.find(revoked).orElseThrow().number();
		WebElement invalid = browser.findElement(By.cssSelector(".verify-result[data-number='" + revokedNumber + "']"));
		assertThat(invalid.getText()).contains("失效", "未按要求整改");
		WebElement stillValid = browser.findElement(By.cssSelector(".verify-result[data-number='" + number + "']"));
		assertThat(invalid.findElement(By.cssSelector(".cert-status")).getCssValue("background-color"))
			.isNotEqualTo(stillValid.findElement(By.cssSelector(".cert-status")).getCssValue("background-color"));
		screenshot("verify-by-name");

		open("/verify?number=MIITCCCAIS-000000000");
		assertThat(waitFor(By.id("verify-none")).getText()).contains("未查询到");
	}

	@Test
	void enterpriseSeesItsCertificatesAndPreviewsTheCopy() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		long valid = Approvals.certify(issuance, enterprise.id(), Industry.TELECOM, Level.LEVEL_3, org.id(),
				consulting.id(), clock.instant());
		long revoked = Approvals.certify(issuance, enterprise.id(), Industry.ENERGY, Level.LEVEL_3, org.id(), null,
				clock.instant());
		certificateManagement.revoke(revoked, "年检材料弄虚作假", admin());
		writePdfs(valid, revoked);

		logout();
		login(enterprise.username(), PASSWORD);
		open("/enterprise/certificates");
		WebElement table = waitFor(By.id("certificates"));
		assertThat(table.getText()).contains("电信", "能源", "有效", "失效", "年检材料弄虚作假");
		screenshot("enterprise-certificates");

		String number = certificates.find(valid).orElseThrow().number();
		browser.findElement(By.cssSelector("tr[data-number='" + number + "'] .open-copy")).click();
		waitFor(By.id("pdf-preview-frame"));
		assertThat(browser.findElement(By.id("pdf-preview-title")).getText()).contains(number, "副本");
		assertThat(browser.findElement(By.id("pdf-preview-download")).getAttribute("href"))
			.endsWith("/copy.pdf?download=true");
		screenshot("enterprise-certificates-preview");
	}

	@Test
	void enterpriseAddsAndDeletesAnEngineerWithConfirmation() throws Exception {
		var enterprise = enterprise();
		String creditCode = enterprises.get(enterprise.id()).creditCode();
		String id = Engineers.idNumber();
		var engineer = registry.register(new NewEngineer(id, "陈工程师", Engineers.certificateNumber(), creditCode,
				false), admin());
		String strangerId = Engineers.idNumber();
		registry.register(new NewEngineer(strangerId, "外单位工程师", Engineers.certificateNumber(),
				enterprises.get(enterprise().id()).creditCode(), false), admin());

		logout();
		login(enterprise.username(), PASSWORD);
		open("/enterprise/personnel");
		waitFor(By.id("no-engineers"));
		screenshot("personnel-empty");

		browser.findElement(By.id("open-add")).click();
		waitFor(By.id("idNumber")).sendKeys(strangerId);
		screenshot("personnel-add-dialog");
		browser.findElement(By.id("add-submit")).click();
		WebElement error = waitFor(By.id("add-error"));
		assertThat(error.getText()).contains("不是由本单位推荐");
		screenshot("personnel-add-refused");

		WebElement field = browser.findElement(By.id("idNumber"));
		field.clear();
		field.sendKeys(id);
		browser.findElement(By.id("add-submit")).click();
		WebElement row = waitFor(By.cssSelector("tr[data-certificate='" + engineer.certificateNumber() + "']"));
		assertThat(row.getText()).contains("陈工程师", engineer.idNumberMasked()).doesNotContain(id);
		screenshot("personnel-added");

		row.findElement(By.linkText("查看证书")).click();
		assertThat(waitFor(By.id("engineer-certificate")).getText()).contains("信息系统业务安全服务工程师证书",
				"陈工程师", engineer.certificateNumber(), engineer.idNumberMasked());
		screenshot("personnel-engineer-certificate");

		open("/enterprise/personnel");
		waitFor(By.cssSelector("tr[data-certificate='" + engineer.certificateNumber() + "'] .delete-engineer")).click();
		WebElement confirm = waitFor(By.id("delete-confirm"));
		assertThat(browser.findElement(By.id("delete-name")).getText()).isEqualTo("陈工程师");
		screenshot("personnel-delete-confirmation");
		confirm.click();
		waitFor(By.id("no-engineers"));
		assertThat(browser.getPageSource()).contains("已删除 陈工程师");
		screenshot("personnel-deleted");
	}

	@Test
	void associationPagesForCertificatesAndEngineers() throws Exception {
		var enterprise = enterprise();
		var org = reviewOrg("JJJ");
		long id = Approvals.certify(issuance, enterprise.id(), Industry.COMMERCE, Level.LEVEL_3, org.id(), null,
				clock.instant());
		String creditCode = enterprises.get(enterprise.id()).creditCode();
		registry.register(new NewEngineer(Engineers.idNumber(), "登记工程师", Engineers.certificateNumber(), creditCode,
				true), admin());

		logout();
		login("admin", "admin-test-pass-1");
		open("/admin/certificates?q=" + certificates.find(id).orElseThrow().number());
		waitFor(By.id("admin-certificates"));
		browser.findElement(By.cssSelector("button.revoke")).click();
		waitFor(By.id("reason")).sendKeys("测试撤销原因");
		screenshot("admin-certificates-revoke");
		browser.findElement(By.cssSelector("#revoke-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "已撤销"));
		assertThat(certificates.find(id).orElseThrow().status()).isEqualTo(CertificateStatus.INVALID);
		screenshot("admin-certificates-revoked");

		open("/admin/engineers");
		waitFor(By.id("registry"));
		browser.findElement(By.id("idNumber")).sendKeys("123");
		browser.findElement(By.cssSelector("#engineer-form button[type=submit]")).click();
		waitFor(By.cssSelector("#engineer-form .is-invalid"));
		screenshot("admin-engineers-invalid");
		Path csv = Files.createTempFile("engineers", ".csv");
		Files.writeString(csv, "idNumber,name,certificateNumber,recommendingCreditCode,hasCapabilityCertificate\n"
				+ "110105199001011234,错号,E-1," + creditCode + ",true\n");
		browser.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
		assertThat(waitFor(By.id("import-report")).getText()).contains("第 2 行");
		screenshot("admin-engineers-import-report");
	}

	/** The sheets as files, for looking at them page by page (pdftoppm). */
	private void writePdfs(long valid, long revoked) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		for (var sheet : CertificateSheets.Sheet.values()) {
			try (OutputStream out = Files.newOutputStream(dir.resolve("valid-" + sheet.name().toLowerCase() + ".pdf"))) {
				sheets.write(certificates.find(valid).orElseThrow(), sheet, out);
			}
			try (OutputStream out = Files.newOutputStream(dir.resolve("revoked-" + sheet.name().toLowerCase() + ".pdf"))) {
				sheets.write(certificates.find(revoked).orElseThrow(), sheet, out);
			}
		}
	}
}
