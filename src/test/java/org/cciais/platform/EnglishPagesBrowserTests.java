package org.cciais.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.cciais.platform.account.AccountView;
import org.cciais.platform.account.NewAccount;
import org.cciais.platform.account.PersonRegistration;
import org.cciais.platform.account.PersonRegistrationForm;
import org.cciais.platform.application.ActionRequest;
import org.cciais.platform.application.ApplicationApproved;
import org.cciais.platform.application.ApplicationManagement;
import org.cciais.platform.application.NewApplication;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.certificate.internal.CertificateIssuance;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.personnel.Engineers;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.Role;
import org.cciais.platform.testing.BrowserTest;
import org.cciais.platform.testing.Viewports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages of each role in English ({@code ?lang=en}, then the cookie): no Chinese character in what the page
 * shows or says (text, {@code title}, {@code placeholder}, {@code aria-label}, the window title) outside user data.
 * User data is what people typed or the association's dictionaries hold (names, addresses, region names, unit types,
 * opinions): templates mark it {@code data-user}; the language switch names 中文 in Chinese ({@code lang="zh-CN"}).
 * The cases behind the pages hold Chinese where people typed it (the reviewer's opinion, the organisations' names), so
 * that a page that forgets to mark it fails here. Screenshots of two English pages of each role at 1366 and 390 px
 * in target/screenshots/english-* (each also fails when the page is wider than the window).
 */
class EnglishPagesBrowserTests extends BrowserTest {

	@Autowired
	ApplicationManagement management;

	@Autowired
	CatalogQueries catalog;

	@Autowired
	CertificateIssuance issuance;

	@Autowired
	PersonRegistration persons;

	private EnterpriseFixture enterprise;

	private AccountView orgAccount;

	private AccountView reviewer;

	private AccountView consultant;

	private AccountView expert;

	/** Accepted, its materials to upload. */
	private long accepted;

	/** Sent back to 文审整改 by the reviewer with an opinion in Chinese and a report. */
	private long rectification;

	private static final String OPINION = "（四）财务审计报告缺少审计机构盖章页，请补充。";

	private final List<String> problems = new ArrayList<>();

	/**
	 * One enterprise of Beijing with a certificate and two cases at one review organisation (its account and
	 * reviewer, named in Chinese) and one consulting organisation (its account), and an expert; all of them read
	 * English.
	 */
	@BeforeAll
	void fixture() {
		enterprise = enterprise();
		OrganizationView review = reviewOrg("JJJ");
		OrganizationView consulting = consultingOrg("JJJ");
		orgAccount = named(Role.REVIEW_ORG, "李审核", review.id());
		reviewer = named(Role.REVIEWER, "张评审", review.id());
		consultant = named(Role.CONSULTANT, "王咨询", consulting.id());
		expert = account(Role.EXPERT, null);
		// they read English, so the notifications of the cases below are written in English (and stored so)
		for (long id : List.of(enterprise.accountId(), orgAccount.id(), reviewer.id(), consultant.id(), expert.id())) {
			accounts.rememberLanguage(id, Locale.ENGLISH);
		}
		var org = principal(orgAccount);
		accepted = management.create(new NewApplication(Industry.GOVERNMENT, review.id(), consulting.id()),
				enterprise.principal()).id();
		management.act(accepted, WorkflowAction.ACCEPT.code(), ActionRequest.EMPTY, org);
		rectification = management.create(new NewApplication(Industry.COMMERCE, review.id(), consulting.id()),
				enterprise.principal()).id();
		management.act(rectification, WorkflowAction.ACCEPT.code(), ActionRequest.EMPTY, org);
		for (CatalogQueries.MaterialItem item : catalog.materials()) {
			management.uploadMaterial(rectification, item.code(),
					"RAR".equals(item.fileKind()) ? rarPart("file") : pdfPart("file"), enterprise.principal());
		}
		management.act(rectification, WorkflowAction.SUBMIT_MATERIALS.code(), ActionRequest.EMPTY,
				enterprise.principal());
		management.act(rectification, WorkflowAction.ASSIGN_REVIEWER.code(),
				new ActionRequest(null, reviewer.id(), null, null), org);
		var report = management.uploadReport(rectification, pdfPart("file"), principal(reviewer));
		management.act(rectification, WorkflowAction.DOC_FAIL.code(),
				new ActionRequest(OPINION, null, null, report.fileId()),
				principal(reviewer));
		registration.markApplicationSubmitted(enterprise.id());
		issuance.issue(new ApplicationApproved(ThreadLocalRandom.current().nextLong(1L << 40), enterprise.id(),
				Industry.FINANCE, Level.LEVEL_3, review.id(), consulting.id(), clock.instant()));
	}

	/** An account whose display name is Chinese, as people type it. */
	private AccountView named(Role role, String displayName, long organizationId) {
		String username = unique(role.name().toLowerCase().replace("_", ""));
		return accounts.create(new NewAccount(username, PASSWORD, role, displayName, username + "@example.com", null,
				organizationId), admin());
	}

	@AfterEach
	void wide() {
		Viewports.reset(browser);
	}

	@Test
	void publicPagesInEnglish() throws IOException {
		logout();
		open("/login?lang=en");
		Viewports.bothWidths(browser, "english-login");
		Viewports.reset(browser);
		checkShown("/login");
		open("/");
		Viewports.bothWidths(browser, "english-home");
		Viewports.reset(browser);
		checkShown("/");
		check("/register");
		check("/register?type=person");
		check("/notices");
		check("/password-reset");
		check("/verify");
		report();
	}

	@Test
	void enterprisePagesInEnglish() throws IOException {
		logout();
		open("/login?lang=en");
		login(enterprise.username(), PASSWORD);
		open("/enterprise/profile");
		Viewports.bothWidths(browser, "english-enterprise-profile");
		Viewports.reset(browser);
		checkShown("/enterprise/profile");
		check("/enterprise/changes");
		check("/notifications");
		notificationsInEnglish(1);
		check("/account/password");
		open("/enterprise/progress/" + rectification);
		Viewports.bothWidths(browser, "english-enterprise-rectification");
		Viewports.reset(browser);
		for (String path : List.of("/enterprise/applications", "/enterprise/applications/new?industry=FINANCE",
				"/enterprise/progress", "/enterprise/progress/" + accepted,
				"/enterprise/progress/" + accepted + "/materials", "/enterprise/progress/" + rectification,
				"/enterprise/certificates", "/enterprise/personnel", "/enterprise/inspections",
				"/enterprise/inspections/progress")) {
			check(path);
		}
		// the upload script speaks the page's language too, naming the item by its number and catalogue title
		open("/enterprise/progress/" + accepted + "/materials");
		click(By.id("upload-M01"));
		assertThat(waitFor(By.cssSelector("#item-M01 [data-upload-feedback]")).getText())
			.startsWith("Choose a file for “(1)")
			.endsWith("” first, then upload.");
		logout();
		report();
	}

	@Test
	void reviewOrganisationPagesInEnglish() throws IOException {
		as(orgAccount, 3, "english-review-org", "/review-org/applications", "/review-org/applications/" + rectification,
				"/review-org/applications/" + accepted, "/review-org/inspections", "/review-org/reviewers",
				"/review-org/reviewers/" + reviewer.username(), "/notifications", "/account/password");
	}

	@Test
	void reviewerPagesInEnglish() throws IOException {
		as(reviewer, 1, "english-reviewer", "/reviewer/applications", "/reviewer/applications/" + rectification,
				"/reviewer/conflicts", "/notifications");
	}

	@Test
	void expertPagesInEnglish() throws IOException {
		as(expert, 0, "english-expert", "/expert/applications", "/notifications", "/account/password");
	}

	@Test
	void consultingOrganisationPagesInEnglish() throws IOException {
		as(consultant, 5, "english-consultant", "/consultant/applications",
				"/consultant/applications/" + rectification, "/notifications");
	}

	@Test
	void personPagesInEnglish() throws IOException {
		String person = unique("person");
		persons.register(new PersonRegistrationForm(person, PASSWORD, "王工", Engineers.idNumber(), null, null));
		logout();
		open("/login?lang=en");
		login(person, PASSWORD);
		open("/person/certificate");
		Viewports.bothWidths(browser, "english-person-certificate");
		Viewports.reset(browser);
		checkShown("/person/certificate");
		check("/notifications");
		logout();
		report();
	}

	/**
	 * Logs the account in, in English, takes the screenshots of its first two pages at both widths and checks every
	 * page and its (at least) {@code notifications} notifications.
	 */
	private void as(AccountView account, int notifications, String screenshots, String... paths) throws IOException {
		logout();
		open("/login?lang=en");
		login(account.username(), PASSWORD);
		for (int i = 0; i < 2; i++) {
			open(paths[i]);
			Viewports.bothWidths(browser, screenshots + "-" + (i + 1));
			Viewports.reset(browser);
		}
		for (String path : paths) {
			check(path);
		}
		notificationsInEnglish(notifications);
		logout();
		report();
	}

	/** The administrator's pages, the latest audit entry in full among them. */
	@Test
	void adminPagesInEnglish() throws IOException {
		logout();
		open("/login?lang=en");
		login("admin", "admin-test-pass-1");
		open("/admin/organizations");
		Viewports.bothWidths(browser, "english-admin-organizations");
		Viewports.reset(browser);
		open("/admin/dictionaries/region-groups");
		Viewports.bothWidths(browser, "english-admin-regions");
		Viewports.reset(browser);
		List<String> paths = new ArrayList<>(List.of("/admin", "/admin/applications",
				"/admin/applications/" + rectification, "/admin/enterprise-changes", "/admin/organizations",
				"/admin/accounts", "/admin/sessions", "/admin/certificates", "/admin/certificates/requests",
				"/admin/mails?status=ALL", "/admin/engineers", "/admin/notices", "/admin/audit", "/admin/statistics",
				"/admin/dictionaries/region-groups", "/admin/dictionaries/industries", "/admin/dictionaries/materials",
				"/admin/dictionaries/unit-types", "/admin/login-log", "/admin/jobs", "/account/password"));
		open("/admin/audit");
		paths.add(browser.findElement(By.cssSelector("#audit-entries tbody a[href*='/admin/audit/']"))
			.getAttribute("href")
			.replaceFirst("^https?://[^/]+", ""));
		for (String path : paths) {
			check(path);
		}
		logout();
		report();
	}

	/**
	 * The notifications are stored as the recipient read them when they were sent, names and opinions inside, so the
	 * page marks them as data; these accounts read English from the start, so theirs are English but for what people
	 * typed (the enterprise's name, the reviewer's name and opinion). At least {@code expected} of them.
	 */
	private void notificationsInEnglish(int expected) {
		open("/notifications");
		List<String> texts = browser.findElements(By.cssSelector(".notification-text")).stream()
			.map(e -> e.getText())
			.toList();
		if (texts.size() < expected) {
			problems.add("/notifications: " + texts.size() + " notifications, expected at least " + expected);
		}
		for (String text : texts) {
			if (text.replace(enterprise.name(), "").replace(OPINION, "").replace(reviewer.displayName(), "").codePoints()
				.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				problems.add("/notifications: " + text);
			}
		}
	}

	/** Opens the page and notes every Chinese word it shows outside user data, or that it is not the page asked for. */
	private void check(String path) {
		open(path);
		checkShown(path);
	}

	/** As {@link #check}, for the page {@code path} the browser shows already (just screenshotted). */
	private void checkShown(String path) {
		String found = (String) ((JavascriptExecutor) browser).executeScript("""
				const han = /\\p{Script=Han}+/u, skip = '[data-user], [lang^="zh"], script, style, template';
				const out = [];
				// the page itself, in English: not the error page, not the login page a lost session leads to
				if (!document.documentElement.lang.startsWith('en')) out.push('lang=' + document.documentElement.lang);
				if (document.querySelector('main a[data-back]')) out.push('error page: ' + document.title);
				if (location.pathname === '/login' && !arguments[0].startsWith('/login')) out.push('logged out');
				if (han.test(document.title)) out.push('title: ' + document.title);
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				  if (han.test(n.nodeValue) && !n.parentElement.closest(skip)) out.push(n.nodeValue.trim());
				}
				for (const e of document.body.querySelectorAll('[title], [placeholder], [aria-label], [alt]')) {
				  if (e.closest(skip)) continue;
				  for (const a of ['title', 'placeholder', 'aria-label', 'alt']) {
				    const v = e.getAttribute(a);
				    if (v && han.test(v)) out.push(a + '=' + v);
				  }
				}
				return out.join(' | ');""", path);
		if (!found.isEmpty()) {
			problems.add(path + ": " + found);
		}
	}

	private void report() {
		List<String> found = List.copyOf(problems);
		problems.clear();
		assertThat(found).as(() -> "\n" + String.join("\n", found)).isEmpty();
	}
}
