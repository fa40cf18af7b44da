package org.cciais.platform.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.account.NewAccount;
import org.cciais.platform.enterprise.EnterpriseRegistration;
import org.cciais.platform.enterprise.EnterpriseRegistrationForm;
import org.cciais.platform.organization.OrganizationManagement;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.shared.CreditCodes;
import org.cciais.platform.shared.DeadlineJob;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;


/**
 * Fixtures shared by the MockMvc and browser test bases; they read like the domain. Every test
 * creates its own data with unique names, because the context's database is shared by all test classes using it;
 * never assume an empty table. Each test starts on a day of its own at 10:00 ({@link TestClock}); move the clock
 * from there as the scenario needs.
 */
@ExtendWith(TestClock.class)
public abstract class PlatformTestSupport {

	public static final String PASSWORD = "Correct-Horse-42";

	private static final AtomicInteger SEQ = new AtomicInteger();

	static {
		// the asynchronous listeners answer within milliseconds: look at once and often, not first after 100 ms
		Awaitility.setDefaultPollDelay(Duration.ZERO);
		Awaitility.setDefaultPollInterval(Duration.ofMillis(20));
	}

	@Autowired
	protected ObjectMapper json;

	@Autowired
	protected PlatformClock clock;

	@Autowired
	protected AccountManagement accounts;

	@Autowired
	protected OrganizationQueries organizations;

	@Autowired
	protected OrganizationManagement organizationManagement;

	@Autowired
	protected EnterpriseRegistration registration;

	@Autowired
	protected List<DeadlineJob> deadlineJobs;

	/** A name unique in this JVM and across runs on the same database. */
	protected static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQ.incrementAndGet();
	}

	/** A valid, unused unified social credit code. */
	protected static String creditCode() {
		long n = ThreadLocalRandom.current().nextLong(1_000_000_000L);
		return CreditCodes.withCheckCharacter("91110000" + String.format("%09d", n));
	}

	/** The smallest well-formed PDF the content check accepts. */
	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	/** A RAR 5 signature followed by some bytes. */
	public static byte[] rar() {
		byte[] head = { 'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00 };
		byte[] all = new byte[64];
		System.arraycopy(head, 0, all, 0, head.length);
		return all;
	}

	public static MockMultipartFile pdfPart(String name) {
		return new MockMultipartFile(name, "scan.pdf", MediaType.APPLICATION_PDF_VALUE, pdf());
	}

	public static MockMultipartFile rarPart(String name) {
		return new MockMultipartFile(name, "rectification.rar", "application/vnd.rar", rar());
	}

	/** The JSON {@code data} part of {@code POST /api/v1/registrations/enterprise} (a Tianjin company). */
	public static Map<String, Object> registrationData(String username, String creditCode) {
		Map<String, Object> d = new java.util.LinkedHashMap<>();
		d.put("username", username);
		d.put("password", PASSWORD);
		d.put("regionCode", "120000");
		d.put("creditCode", creditCode);
		d.put("name", "天津" + username + "信息技术有限公司");
		d.put("unitType", "有限责任公司");
		d.put("registeredCapital", 1200.5);
		d.put("legalRepresentative", "王五");
		d.put("registeredAddress", "天津市滨海新区测试大道 8 号");
		d.put("foundedOn", "2012-05-18");
		d.put("contactName", "赵六");
		d.put("contactPhone", "022-66668888");
		d.put("email", username + "@example.com");
		d.put("introduction", "专注信息系统安全服务。");
		return d;
	}

	/** A registered enterprise: id, account id and user name (password {@link #PASSWORD}). */
	public record EnterpriseFixture(long id, long accountId, String username, String regionCode, String name) {

		public PlatformPrincipal principal() {
			return new PlatformPrincipal(accountId, username, Role.ENTERPRISE, id, null, name);
		}
	}

	protected EnterpriseFixture enterprise() {
		return enterprise("110000");
	}

	protected EnterpriseFixture enterprise(String regionCode) {
		String username = unique("ent");
		String name = "测试企业" + username + "有限公司";
		var form = new EnterpriseRegistrationForm(username, PASSWORD, regionCode, creditCode(), name, "私营企业",
				new BigDecimal("900.0000"), "张三", "北京市海淀区测试路1号", LocalDate.of(2000, 2, 9), "李四",
				"010-88886666", username + "@example.com", null, null, null, "公司简介");
		var registered = registration.register(form, pdfPart("file"));
		return new EnterpriseFixture(registered.id(), registered.accountId(), username, regionCode, name);
	}

	protected OrganizationView reviewOrg(String... regionGroups) {
		return organizationManagement.create(OrganizationType.REVIEW, unique("评审机构"),
				List.of(regionGroups.length == 0 ? new String[] { "JJJ" } : regionGroups), admin());
	}

	protected OrganizationView consultingOrg(String... regionGroups) {
		return organizationManagement.create(OrganizationType.CONSULTING, unique("咨询机构"),
				List.of(regionGroups.length == 0 ? new String[] { "JJJ" } : regionGroups), admin());
	}

	/** An account of any role (organisation id for REVIEW_ORG, REVIEWER, CONSULTANT), password {@link #PASSWORD}. */
	protected AccountView account(Role role, Long organizationId) {
		String username = unique(role.name().toLowerCase().replace("_", ""));
		return accounts.create(new NewAccount(username, PASSWORD, role, username, username + "@example.com", null,
				organizationId), admin());
	}

	protected static PlatformPrincipal principal(AccountView a) {
		return new PlatformPrincipal(a.id(), a.username(), a.role(), a.enterpriseId(), a.organizationId(),
				a.displayName());
	}

	/**
	 * The administrator is the one account every test class shares, and a page asked for with {@code ?lang=en}
	 * remembers English for the account (mails and notifications are then written in English for it). A test that
	 * read the back office in English must not leave a later test's notifications to the administrator in English.
	 */
	@AfterEach
	void theAdministratorReadsChineseAgain() {
		if (accounts == null) {
			return; // a class whose platform is a child JVM (CrashSafetyTests) has no context of its own here
		}
		accounts.findByUsername("admin").ifPresent(a -> accounts.rememberLanguage(a.id(), Languages.CHINESE));
	}

	protected PlatformPrincipal admin() {
		return accounts.findByUsername("admin").map(PlatformTestSupport::principal).orElseThrow();
	}

	protected static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	protected JsonNode read(String body) {
		return json.readTree(body);
	}

	/** Moves the platform clock forward and runs every deadline job once, like the admin clock endpoint. */
	protected void advance(Duration by) {
		clock.advance(by);
		runDeadlineJobs();
	}

	protected void runDeadlineJobs() {
		deadlineJobs.stream().sorted(java.util.Comparator.comparingInt(DeadlineJob::order)).forEach(DeadlineJob::runOnce);
	}
}
