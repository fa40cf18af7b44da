package org.cciais.platform.inspection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.application.ApplicationKind;
import org.cciais.platform.application.ApplicationManagement;
import org.cciais.platform.application.NewApplication;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inspection form in a real browser (figures 22 and 23): the window is open, the enterprise changes a 副本
 * field, the materials page then asks for 变更证明 and 变更后的营业执照, it uploads and submits; the review
 * organisation sees the change highlighted and passes, and the certificate carries the new name. Then the same pages
 * (with an application's detail and the public verification) chosen in English, at 1366 and 390 px.
 */
class InspectionFormBrowserTest extends BrowserTest {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateQueries certificates;

	@Autowired
	InspectionManagement inspections;

	@Autowired
	ApplicationManagement applications;

	@BeforeEach
	void loggedOut() {
		open("/");
		logout();
	}

	@Test
	void enterpriseChangesTheCopyDataUploadsTheExtraDocumentsAndSubmits() throws IOException {
		clock.setTo(LocalDateTime.of(2016, 7, 20, 10, 0).atZone(PlatformClock.ZONE).toInstant());
		EnterpriseFixture enterprise = enterprise();
		registration.markApplicationSubmitted(enterprise.id());
		var org = reviewOrg("JJJ");
		AccountView orgAccount = account(Role.REVIEW_ORG, org.id());
		var consulting = consultingOrg("JJJ");
		long certificateId = certify(enterprise, Industry.FINANCE, org.id(), consulting.id());
		long inspectionId = inspections.ofCertificate(certificateId).get(0).id();
		clock.setTo(LocalDateTime.of(2017, 7, 3, 9, 30).atZone(PlatformClock.ZONE).toInstant());
		runDeadlineJobs();

		login(enterprise.username(), PASSWORD);
		open("/enterprise/inspections");
		WebElement row = waitFor(By.cssSelector("tr[data-inspection-id='" + inspectionId + "']"));
		assertThat(row.getText()).contains("金融", "第一次年检", "2017-07-01 至 2017-08-31", "年检开放中");
		page("inspection-1-list");

		row.findElement(By.linkText("年检申请")).click();
		waitFor(By.id("inspection-form"));
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("证书编号", certificates.find(certificateId).orElseThrow().number(), "年检行业", "金融",
				"年检等级", "叁级", "评审机构", org.name(), "咨询机构", consulting.name());
		assertThat(browser.findElement(By.id("enterpriseName")).getAttribute("value")).isEqualTo(enterprise.name());
		assertThat(browser.findElement(By.id("change-notice")).isDisplayed()).isFalse();
		page("inspection-2-form");

		String newName = enterprise.name().replace("有限公司", "科技股份有限公司");
		WebElement name = browser.findElement(By.id("enterpriseName"));
		name.clear();
		name.sendKeys(newName);
		waitFor(By.id("change-notice"));
		page("inspection-3-form-changed");

		click(By.id("next-step"));
		waitFor(By.id("materials"));
		assertThat(browser.getCurrentUrl()).endsWith("/enterprise/inspections/" + inspectionId + "/materials");
		assertThat(browser.findElement(By.id("copy-changes")).getText()).contains(enterprise.name(), newName);
		List<String> codes = browser.findElements(By.cssSelector("#materials tbody tr")).stream()
			.map(r -> r.getAttribute("data-code")).toList();
		assertThat(codes).containsExactly("I01", "I02", "I03", "I04", "C01", "C02");
		assertThat(browser.findElement(By.cssSelector("tr[data-code='C01']")).getText()).contains("变更证明");
		assertThat(browser.findElement(By.cssSelector("tr[data-code='C02']")).getText()).contains("变更后的营业执照");
		assertThat(browser.findElements(By.cssSelector("tr[data-code='C01'] .required-mark"))).hasSize(1);
		page("inspection-4-materials");

		Path pdf = Files.createTempFile("inspection-", ".pdf");
		Files.write(pdf, pdf());
		for (String code : codes) {
			browser.findElement(By.id("file-" + code)).sendKeys(pdf.toAbsolutePath().toString());
			click(By.cssSelector("tr[data-code='" + code + "'] button[type=submit]"));
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
				.textToBePresentInElementLocated(By.cssSelector("tr[data-code='" + code + "']"), pdf.getFileName().toString()));
		}
		page("inspection-5-materials-uploaded");

		click(By.id("submit-inspection"));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
		waitFor(By.id("inspection-" + inspectionId));
		assertThat(browser.getCurrentUrl()).endsWith("/enterprise/inspections/progress");
		assertThat(browser.findElement(By.id("inspection-" + inspectionId)).getText()).contains("已提交，评审机构审核中");
		assertThat(inspections.get(inspectionId, admin()).status()).isEqualTo(InspectionStatus.SUBMITTED);
		page("inspection-6-progress");

		logout();
		login(orgAccount.username(), PASSWORD);
		open("/review-org/inspections");
		waitFor(By.cssSelector("tr[data-inspection-id='" + inspectionId + "']")).findElement(By.linkText("审核")).click();
		waitFor(By.id("decision-form"));
		assertThat(browser.findElement(By.cssSelector("#copy-data tr.table-warning")).getText()).contains("单位名称",
				enterprise.name(), newName);
		page("inspection-7-review");

		browser.findElement(By.id("opinion")).sendKeys("材料齐全，名称变更属实。");
		post(By.id("pass-button"));
		waitFor(By.cssSelector(".alert-success"));
		assertThat(certificates.find(certificateId).orElseThrow().copy().enterpriseName()).isEqualTo(newName);
		open("/review-org/inspections?tab=all");
		waitFor(By.cssSelector("tr[data-inspection-id='" + inspectionId + "']"));
		page("inspection-7b-review-list");

		logout();
		login(enterprise.username(), PASSWORD);
		open("/enterprise/inspections/progress");
		assertThat(waitFor(By.id("inspection-" + inspectionId)).getText()).contains("年检通过", "纸质版证书");
		page("inspection-8-passed");
	}

	@Test
	void enterpriseReadsTheOpinionAndUploadsTheRectification() throws IOException {
		clock.setTo(LocalDateTime.of(2016, 8, 9, 10, 0).atZone(PlatformClock.ZONE).toInstant());
		EnterpriseFixture enterprise = enterprise();
		registration.markApplicationSubmitted(enterprise.id());
		var org = reviewOrg("JJJ");
		AccountView orgAccount = account(Role.REVIEW_ORG, org.id());
		long certificateId = certify(enterprise, Industry.GOVERNMENT, org.id(), null);
		long inspectionId = inspections.ofCertificate(certificateId).get(0).id();
		clock.setTo(LocalDateTime.of(2017, 8, 10, 9, 0).atZone(PlatformClock.ZONE).toInstant());
		runDeadlineJobs();
		var me = enterprise.principal();
		for (String code : List.of("I01", "I02", "I03", "I04")) {
			inspections.uploadMaterial(inspectionId, code, pdfPart("file"), me);
		}
		inspections.submit(inspectionId, CopyChanges.NONE, me);
		inspections.fail(inspectionId, new ReviewDecision("年度财务审计报告缺少审计机构盖章，请补充盖章版本。", null, null),
				pdfPart("report"), principal(orgAccount));

		login(enterprise.username(), PASSWORD);
		open("/enterprise/inspections/progress");
		WebElement card = waitFor(By.id("inspection-" + inspectionId));
		assertThat(card.getText()).contains("审核未通过", "年度财务审计报告缺少审计机构盖章");
		page("inspection-9-progress-rectification");

		card.findElement(By.linkText("整改")).click();
		waitFor(By.id("rectification-form"));
		assertThat(browser.findElement(By.id("review-opinion")).getText()).contains("缺少审计机构盖章");
		assertThat(browser.findElements(By.linkText("在线查看"))).hasSize(1);
		page("inspection-10-rectification");

		Path rar = Files.createTempFile("rectification-", ".rar");
		Files.write(rar, rar());
		browser.findElement(By.cssSelector("#rectification-form input[type=file]")).sendKeys(rar.toAbsolutePath().toString());
		click(By.cssSelector("#rectification-form button[type=submit]"));
		waitFor(By.id("inspection-" + inspectionId));
		assertThat(browser.findElement(By.id("inspection-" + inspectionId)).getText()).contains("已提交，评审机构审核中",
				"提交整改文件");
		assertThat(inspections.get(inspectionId, admin()).round()).isEqualTo(2);
		page("inspection-11-rectified");
	}

	@Test
	void theApplicationTheVerificationAndTheInspectionPagesReadInEnglish() throws IOException {
		EnterpriseFixture enterprise = enterprise();
		var org = reviewOrg("JJJ");
		var consulting = consultingOrg("JJJ");
		long applicationId = applications.create(new NewApplication(Industry.DEFENSE, org.id(), consulting.id(),
				ApplicationKind.INITIAL), enterprise.principal()).id();
		clock.setTo(LocalDateTime.of(2016, 7, 20, 10, 0).atZone(PlatformClock.ZONE).toInstant());
		long certificateId = certify(enterprise, Industry.FINANCE, org.id(), consulting.id());
		long inspectionId = inspections.ofCertificate(certificateId).get(0).id();
		clock.setTo(LocalDateTime.of(2017, 7, 3, 9, 30).atZone(PlatformClock.ZONE).toInstant());
		runDeadlineJobs();
		String number = certificates.find(certificateId).orElseThrow().number();

		try {
			login(enterprise.username(), PASSWORD);
			open("/enterprise/progress/" + applicationId + "?lang=en");
			assertThat(waitFor(By.id("summary")).getText()).contains("qualification application", "Current stage:",
					"Application no.", "Review organisation");
			assertThat(browser.findElement(By.id("history")).getText()).contains("History", "Status change");
			pageAtBothWidths("en-application-detail");

			open("/enterprise/inspections");
			assertThat(waitFor(By.id("inspection-list")).getText()).contains("Open, waiting for submission",
					"Inspection form", "2017-07-01 to 2017-08-31");
			pageAtBothWidths("en-inspection-list");
			open("/enterprise/inspections/" + inspectionId);
			assertThat(waitFor(By.id("inspection-form")).getText()).contains("Enterprise name", "Registered address",
					"Legal representative", "Unit type");
			assertThat(browser.findElement(By.tagName("main")).getText()).contains("Annual inspection",
					"First annual inspection", "① Check the duplicate's details");
			pageAtBothWidths("en-inspection-form");
			logout();

			open("/verify?lang=en&number=" + number);
			assertThat(waitFor(By.id("verify-results")).getText()).contains("Results", "Valid", "Issued on",
					"Valid until", "Level 3", "20 July 2016");
			assertThat(browser.findElement(By.cssSelector("main h1")).getText())
				.isEqualTo("Verification centre · Qualification certificates");
			pageAtBothWidths("en-verify");
		}
		finally {
			// the language is remembered in a cookie: the next test reads Chinese again
			open("/?lang=zh_CN");
		}
	}

	/** Issues a certificate of {@code industry} now and waits for its two inspections; returns its id. */
	private long certify(EnterpriseFixture enterprise, Industry industry, long orgId, Long consultingId) {
		long certificateId = issuance.issue(new ApplicationApproved(ThreadLocalRandom.current().nextLong(1L << 40),
				enterprise.id(), industry, Level.LEVEL_3, orgId, consultingId, clock.instant()));
		await().atMost(Duration.ofSeconds(20)).until(() -> inspections.ofCertificate(certificateId).size() == 2);
		return certificateId;
	}

	/** {@link #page} at 1366 and at 390 px wide. */
	private void pageAtBothWidths(String name) throws IOException {
		for (int width : new int[] { 1366, 390 }) {
			browser.manage().window().setSize(new Dimension(width, 900));
			page(name + "-" + width);
		}
		browser.manage().window().setSize(new Dimension(1366, 900));
	}

	/** A screenshot of the whole page, beyond the window (Chromium's DevTools capture), next to the others. */
	@SuppressWarnings("unchecked")
	private void page(String name) throws IOException {
		ChromeDriver chrome = (ChromeDriver) browser;
		Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
			.get("cssContentSize");
		long width = ((Number) size.get("width")).longValue();
		long height = ((Number) size.get("height")).longValue();
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		Map<String, Object> shot;
		try {
			shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
	}

	/**
	 * Scrolls the element to the middle of the window first, at once: the forms are longer than the window and
	 * Bootstrap's smooth scrolling would still be moving when the click lands.
	 */
}
