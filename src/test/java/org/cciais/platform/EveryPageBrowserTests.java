package org.cciais.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.account.PersonRegistration;
import org.cciais.platform.account.PersonRegistrationForm;
import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.personnel.Engineers;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.Axe;
import org.cciais.platform.testing.BrowserTest;
import org.cciais.platform.testing.Viewports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role, as a phone (390 px) and an office laptop (1366 px) show it: nothing is wider than the
 * screen, the top bar folds behind its menu button with 退出 (or 登录/注册) reachable, the side menu folds away, and
 * axe-core finds no critical or serious accessibility problem. Full-page screenshots in
 * target/screenshots/pages-&lt;page&gt;-390.png and -1366.png. The folded menus belong to the layout of a portal, so
 * they are tried on the first page of each portal (each first path segment, logged in or not), not on every page.
 */
class EveryPageBrowserTests extends BrowserTest {

	@Autowired
	CatalogQueries catalog;

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	PersonRegistration persons;

	private final List<String> problems = new ArrayList<>();

	private final java.util.Set<String> menusTried = new java.util.HashSet<>();

	private Parties p;

	private long accepted;

	private long rectification;

	private record Parties(EnterpriseFixture enterprise, OrganizationView reviewOrg, AccountView orgAccount,
			AccountView reviewer, OrganizationView consultingOrg, AccountView consultant, AccountView expert) {
	}

	/** One enterprise with an accepted application (materials to upload) and one sent back to 文审整改. */
	@BeforeAll
	void cases() {
		EnterpriseFixture enterprise = enterprise();
		OrganizationView review = reviewOrg("JJJ");
		OrganizationView consulting = consultingOrg("JJJ");
		p = new Parties(enterprise, review, account(Role.REVIEW_ORG, review.id()), account(Role.REVIEWER, review.id()),
				consulting, account(Role.CONSULTANT, consulting.id()), account(Role.EXPERT, null));
		String ent = token(enterprise.username());
		String org = token(p.orgAccount().username());
		String reviewer = token(p.reviewer().username());
		accepted = apply(ent, "GOVERNMENT");
		act(org, accepted, "accept", "{}");
		rectification = apply(ent, "COMMERCE");
		act(org, rectification, "accept", "{}");
		for (CatalogQueries.MaterialItem item : catalog.materials()) {
			upload(ent, "/api/v1/applications/" + rectification + "/materials/" + item.code(),
					"RAR".equals(item.fileKind()));
		}
		act(ent, rectification, "submit-materials", "{}");
		act(org, rectification, "assign-reviewer", "{\"reviewerId\":" + p.reviewer().id() + "}");
		String report = upload(reviewer, "/api/v1/applications/" + rectification + "/reports", false).get("fileId")
			.asText();
		act(reviewer, rectification, "doc-fail",
				"{\"opinion\":\"（四）财务审计报告缺少审计机构盖章页，请补充。\",\"reportFileId\":\"" + report + "\"}");
		registration.markApplicationSubmitted(enterprise.id());
		issuance.issue(new ApplicationApproved(ThreadLocalRandom.current().nextLong(1L << 40), enterprise.id(),
				Industry.FINANCE, Level.LEVEL_3, review.id(), consulting.id(), clock.instant()));
	}

	@AfterEach
	void wide() {
		Viewports.reset(browser);
	}

	@Test
	void publicPages() {
		logout();
		check("home", "/", false);
		check("verify", "/verify", false);
		check("notices", "/notices", false);
		check("register", "/register", false);
		check("login", "/login", false);
		check("password-reset", "/password-reset", false);
		report();
	}

	@Test
	void enterprisePages() {
		login(p.enterprise().username(), PASSWORD);
		check("enterprise-industries", "/enterprise/applications", true);
		check("enterprise-application-form", "/enterprise/applications/new?industry=FINANCE", true);
		check("enterprise-progress", "/enterprise/progress", true);
		check("enterprise-progress-detail", "/enterprise/progress/" + accepted, true);
		check("enterprise-materials", "/enterprise/progress/" + accepted + "/materials", true);
		check("enterprise-rectification", "/enterprise/progress/" + rectification, true);
		check("enterprise-certificates", "/enterprise/certificates", true);
		check("enterprise-personnel", "/enterprise/personnel", true);
		check("enterprise-inspections", "/enterprise/inspections", true);
		check("enterprise-inspection-progress", "/enterprise/inspections/progress", true);
		check("enterprise-profile", "/enterprise/profile", true);
		check("enterprise-password", "/account/password", true);
		check("enterprise-notifications", "/notifications", true);
		logout();
		report();
	}

	@Test
	void workbenchPages() {
		login(p.orgAccount().username(), PASSWORD);
		check("review-org-workbench", "/review-org/applications", true);
		check("review-org-detail", "/review-org/applications/" + accepted, true);
		check("review-org-inspections", "/review-org/inspections", true);
		check("review-org-reviewers", "/review-org/reviewers", true);
		check("review-org-reviewer", "/review-org/reviewers/" + p.reviewer().username(), true);
		logout();
		login(p.reviewer().username(), PASSWORD);
		check("reviewer-workbench", "/reviewer/applications", true);
		check("reviewer-detail", "/reviewer/applications/" + rectification, true);
		check("reviewer-notifications", "/notifications", true);
		check("reviewer-conflicts", "/reviewer/conflicts", true);
		logout();
		login(p.expert().username(), PASSWORD);
		check("expert-workbench", "/expert/applications", true);
		logout();
		login(p.consultant().username(), PASSWORD);
		check("consultant-workbench", "/consultant/applications", true);
		check("consultant-detail", "/consultant/applications/" + rectification, true);
		logout();
		String person = unique("person");
		persons.register(new PersonRegistrationForm(person, PASSWORD, "王工", Engineers.idNumber(), null, null));
		login(person, PASSWORD);
		check("person-certificate", "/person/certificate", true);
		logout();
		report();
	}

	@Test
	void adminPages() {
		login("admin", "admin-test-pass-1");
		check("admin-dashboard", "/admin", true);
		check("admin-applications", "/admin/applications", true);
		check("admin-application-detail", "/admin/applications/" + rectification, true);
		check("admin-organizations", "/admin/organizations", true);
		check("admin-accounts", "/admin/accounts", true);
		check("admin-certificates", "/admin/certificates", true);
		check("admin-certificate-requests", "/admin/certificates/requests", true);
		check("admin-enterprise-changes", "/admin/enterprise-changes", true);
		check("admin-mails", "/admin/mails?status=ALL", true);
		check("admin-engineers", "/admin/engineers", true);
		check("admin-notices", "/admin/notices", true);
		check("admin-audit", "/admin/audit", true);
		check("admin-statistics", "/admin/statistics", true);
		check("admin-dictionaries-regions", "/admin/dictionaries/region-groups", true);
		check("admin-dictionaries-industries", "/admin/dictionaries/industries", true);
		check("admin-dictionaries-materials", "/admin/dictionaries/materials", true);
		check("admin-dictionaries-unit-types", "/admin/dictionaries/unit-types", true);
		logout();
		report();
	}

	/**
	 * Pages whose script chooses its layout by the window's width when it loads (the charts of 数据统计): they are
	 * loaded again at 390 px. Every other page is laid out by CSS alone, so narrowing the window is what a phone
	 * shows, without a second load.
	 */
	private static final java.util.Set<String> LAID_OUT_AT_LOAD = java.util.Set.of("/admin/statistics");

	/**
	 * The page at both widths: screenshots, axe, and at 390 px no sideways scrolling and a reachable menu. The page
	 * is loaded at 1366 px and the window then narrowed, as {@link Viewports#bothWidths} does.
	 */
	private void check(String name, String path, boolean loggedIn) {
		try {
			Viewports.width(browser, Viewports.DESKTOP);
			open(path);
			Viewports.fullPageScreenshot(browser, "pages-" + name + "-1366");
			for (Axe.Violation v : Axe.seriousViolations(browser)) {
				problems.add(name + " (" + path + "): " + v);
			}
			Viewports.width(browser, Viewports.PHONE);
			if (LAID_OUT_AT_LOAD.contains(path)) {
				open(path);
			}
			Viewports.fullPageScreenshot(browser, "pages-" + name + "-390");
			Viewports.Overflow overflow = Viewports.overflow(browser);
			if (!overflow.none()) {
				problems.add(name + " (" + path + ") at 390 px: the page is " + overflow.scrollWidth()
						+ " px wide for a window of " + overflow.innerWidth() + " px; widest: " + overflow.element());
			}
			if (menusTried.add(loggedIn + path.replaceFirst("^(/[^/?]*).*$", "$1"))) {
				menuReachable(name, path, loggedIn);
			}
		}
		catch (Exception e) {
			problems.add(name + " (" + path + "): " + e);
		}
	}

	private void menuReachable(String name, String path, boolean loggedIn) throws IOException {
		WebElement toggler = browser.findElement(By.cssSelector(".brand-bar .navbar-toggler"));
		if (!toggler.isDisplayed()) {
			problems.add(name + " (" + path + ") at 390 px: the top bar's menu button is not visible");
			return;
		}
		toggler.click();
		By target = loggedIn ? By.id("logout") : By.id("login-link");
		WebElement button = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(d -> d.findElement(target).isDisplayed() ? d.findElement(target) : null);
		Number right = (Number) ((JavascriptExecutor) browser)
			.executeScript("return arguments[0].getBoundingClientRect().right;", button);
		if (right.doubleValue() > Viewports.PHONE) {
			problems.add(name + " (" + path + ") at 390 px: " + button.getText() + " ends at " + right + " px");
		}
		screenshot("pages-" + name + "-390-top-menu");
		if (!loggedIn) {
			return;
		}
		WebElement sideToggler = browser.findElement(By.cssSelector(".side-menu-toggler"));
		if (!sideToggler.isDisplayed()) {
			problems.add(name + " (" + path + ") at 390 px: the side menu's button is not visible");
			return;
		}
		sideToggler.click();
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(d -> d.findElement(By.id("side-menu")).getAttribute("class").contains("show"));
		screenshot("pages-" + name + "-390-side-menu");
	}

	private void report() {
		List<String> found = List.copyOf(problems);
		problems.clear();
		assertThat(found).as(() -> "\n" + String.join("\n\n", found)).isEmpty();
	}

	private RestClient api() {
		return RestClient.create(url(""));
	}

	private String token(String username) {
		return api().post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", PASSWORD))
			.retrieve()
			.body(JsonNode.class)
			.get("token")
			.asText();
	}

	private long apply(String token, String industry) {
		return api().post()
			.uri("/api/v1/applications")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"industry\":\"" + industry + "\",\"reviewOrgId\":" + p.reviewOrg().id() + ",\"consultingOrgId\":"
					+ p.consultingOrg().id() + "}")
			.retrieve()
			.body(JsonNode.class)
			.get("id")
			.asLong();
	}

	private void act(String token, long id, String action, String body) {
		api().post()
			.uri("/api/v1/applications/" + id + "/actions/" + action)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	private JsonNode upload(String token, String uri, boolean rar) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(rar ? MediaType.parseMediaType("application/vnd.rar") : MediaType.APPLICATION_PDF);
		var file = new ByteArrayResource(rar ? rar() : pdf()) {
			@Override
			public String getFilename() {
				return rar ? "scan.rar" : "scan.pdf";
			}
		};
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new HttpEntity<>(file, headers));
		var request = uri.endsWith("/reports") ? api().post().uri(uri) : api().put().uri(uri);
		return request.header("Authorization", "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.body(JsonNode.class);
	}
}
