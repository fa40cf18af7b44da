package org.cciais.platform.application;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.enterprise.ChangeData;
import org.cciais.platform.enterprise.EnterpriseChangeManagement;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 pages in a real browser at 1366 and 390 px: 续期(重新申请) in the industries table, the renewal form, the
 * review organisation's acceptance page with the registration data, 进度查询's two tabs, 变更申请 for the enterprise
 * and the association, the 副本 change history and the verification of a REPLACED certificate.
 */
class RenewalAndChangePagesBrowserTests extends BrowserTest {

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	CertificateQueries certificates;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	EnterpriseChangeManagement changes;

	private EnterpriseFixture enterprise;
	private OrganizationView review;
	private OrganizationView consulting;
	private AccountView orgAccount;
	private CertificateView replaced;
	private long renewalId;
	private long waitingChange;

	private LocalDate today() {
		return LocalDate.now(clock.withZone(PlatformClock.ZONE));
	}

	private long certificate(Industry industry, Level level, LocalDate expiresOn, Long renews) {
		return issuance.issue(new org.cciais.platform.application.ApplicationApproved(
				-Math.abs(System.nanoTime() % 1_000_000_000L), enterprise.id(), industry, level, review.id(),
				consulting.id(), ZonedDateTime.of(expiresOn.minusYears(3), LocalTime.of(10, 0), PlatformClock.ZONE)
					.toInstant(), renews));
	}

	@BeforeAll
	void data() {
		enterprise = enterprise();
		review = reviewOrg("JJJ");
		consulting = consultingOrg("JJJ");
		orgAccount = account(Role.REVIEW_ORG, review.id());
		certificate(Industry.FINANCE, Level.LEVEL_2, today().plusMonths(4), null);
		certificate(Industry.GOVERNMENT, Level.LEVEL_3, today().plusMonths(20), null);
		long old = certificate(Industry.ENERGY, Level.LEVEL_1, today().plusMonths(1), null);
		certificate(Industry.ENERGY, Level.LEVEL_1, today().plusYears(3), old);
		replaced = certificates.find(old).orElseThrow();
		certificate(Industry.DEFENSE, Level.LEVEL_2, today().plusMonths(2), null);
		renewalId = applications.create(new NewApplication(Industry.DEFENSE, review.id(), consulting.id(),
				ApplicationKind.RENEWAL), enterprise.principal()).id();
		long passed = changes.apply(new ChangeData("变更后" + enterprise.name(), "北京市朝阳区新址路8号", "王五",
				new BigDecimal("1200"), "有限责任公司"), pdfPart("changeProof"), pdfPart("licence"),
				enterprise.principal()).id();
		changes.pass(passed, "材料齐全", admin());
		waitingChange = changes.apply(new ChangeData("再变更" + enterprise.name(), "北京市朝阳区新址路8号", "赵六",
				new BigDecimal("1500"), "有限责任公司"), pdfPart("changeProof"), pdfPart("licence"),
				enterprise.principal()).id();
	}

	/** Both widths, the window as tall as the page (up to 4000 px). */
	private void shoot(String name) throws IOException {
		for (int width : new int[] { 1366, 390 }) {
			browser.manage().window().setSize(new Dimension(width, 900));
			long height = (Long) ((JavascriptExecutor) browser)
				.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
			browser.manage().window().setSize(new Dimension(width, (int) Math.min(4000, Math.max(900, height + 120))));
			screenshot(name + "-" + width);
		}
		browser.manage().window().setSize(new Dimension(1366, 900));
	}

	@Test
	void theEnterprisesPages() throws IOException {
		login(enterprise.username(), PASSWORD);
		open("/enterprise/applications");
		assertThat(browser.findElement(By.cssSelector("tr[data-industry=FINANCE] .renew-link")).getText())
			.isEqualTo("续期(重新申请)");
		assertThat(browser.findElement(By.cssSelector("tr[data-industry=FINANCE] .apply-link")).getText())
			.isEqualTo("升级");
		assertThat(browser.findElements(By.cssSelector("tr[data-industry=GOVERNMENT] .renew-link"))).isEmpty();
		shoot("renewal-industries");

		browser.findElement(By.cssSelector("tr[data-industry=FINANCE] .renew-link")).click();
		assertThat(waitFor(By.id("application-kind")).getText()).isEqualTo("续期（重新申请）");
		assertThat(browser.findElement(By.id("derived-level")).getText()).isEqualTo("二级");
		shoot("renewal-form");

		open("/enterprise/progress");
		assertThat(browser.findElement(By.cssSelector(".nav-tabs")).getText()).contains("资质申请进度").contains("年检进度");
		shoot("progress-tabs");
		open("/enterprise/progress/" + renewalId);
		assertThat(waitFor(By.id("kind")).getText()).isEqualTo("续期（重新申请）");
		shoot("renewal-detail-enterprise");

		open("/enterprise/changes");
		assertThat(browser.findElement(By.id("change-list")).getText()).contains("已通过").contains("待审核");
		shoot("changes-enterprise");
		open("/enterprise/certificates");
		assertThat(browser.findElement(By.id("copy-history")).getText()).contains("法定代表人：张三 → 王五");
		assertThat(browser.findElement(By.cssSelector("tr[data-number='" + replaced.number() + "']")).getText())
			.contains("已换发新证书");
		shoot("certificates-copy-history");
		logout();
	}

	@Test
	void theReviewOrganisationsAcceptancePage() throws IOException {
		login(orgAccount.username(), PASSWORD);
		open("/review-org/applications/" + renewalId);
		assertThat(waitFor(By.id("enterprise-data")).getText()).contains("北京市朝阳区新址路8号").contains("王五");
		assertThat(browser.findElement(By.id("licence-preview")).getText()).isEqualTo("在线预览营业执照（PDF）");
		shoot("renewal-acceptance-review-org");
		logout();
	}

	@Test
	void theAssociationsReviewOfAChange() throws IOException {
		login("admin", "admin-test-pass-1");
		open("/admin/enterprise-changes");
		shoot("changes-admin-list");
		open("/admin/enterprise-changes/" + waitingChange);
		assertThat(waitFor(By.id("decision")).isDisplayed()).isTrue();
		shoot("changes-admin-review");
		browser.findElement(By.id("fail")).click();
		// the refusal stands beside the opinion it is about, not at the top of the page
		assertThat(waitFor(By.id("decision-form-opinion-error")).getText()).isEqualTo("审核不通过时请填写审核意见");
		assertThat(browser.findElement(By.id("opinion")).getAttribute("class")).contains("is-invalid");
		logout();
	}

	@Test
	void theVerificationOfAReplacedCertificate() throws IOException {
		open("/verify?number=" + replaced.number());
		assertThat(waitFor(By.cssSelector(".verify-result")).getText()).contains("已换发新证书");
		shoot("verify-replaced");
	}
}
