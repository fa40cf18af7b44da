package org.cciais.platform.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.PersonRegistration;
import org.cciais.platform.account.PersonRegistrationForm;
import org.cciais.platform.enterprise.EnterpriseRegistration;
import org.cciais.platform.enterprise.EnterpriseRegistrationForm;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.organization.OrganizationAccountManagement;
import org.cciais.platform.organization.OrganizationManagement;
import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationView;
import org.cciais.platform.organization.OrganizationQueries;
import org.cciais.platform.organization.StaffAccount;
import org.cciais.platform.shared.CreditCodes;
import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Creates the demo organisations and log-ins listed in the README, once: every step first looks whether its
 * object already exists, so restarts change nothing. All demo passwords are {@value #PASSWORD}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "cciais.demo-data", havingValue = "true")
public class DemoData implements ApplicationRunner {

	public static final String PASSWORD = "Demo@2026pass";

	public static final String REVIEW_ORG = "京津冀信息安全评审中心";

	public static final String CONSULTING_ORG = "北京安信管理咨询有限公司";

	public static final String ENTERPRISE_NAME = "北京示范信息安全技术有限公司";

	/** A valid unified social credit code (GB 32100 check character) for the demo enterprise. */
	public static final String ENTERPRISE_CREDIT_CODE = CreditCodes.withCheckCharacter("91110108MA01CC1A5");

	/** A valid 身份证号 (check digit computed) for the demo person. */
	public static final String PERSON_ID_NUMBER = "11010519900307123" + IdNumbers.checkDigit("11010519900307123");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountManagement accounts;
	private final OrganizationQueries organizations;
	private final OrganizationManagement organizationManagement;
	private final OrganizationAccountManagement staff;
	private final EnterpriseRegistration registration;
	private final EnterpriseQueries enterprises;
	private final PersonRegistration persons;
	private final Environment environment;

	DemoData(AccountManagement accounts, OrganizationQueries organizations, OrganizationManagement organizationManagement,
			OrganizationAccountManagement staff, EnterpriseRegistration registration, EnterpriseQueries enterprises,
			PersonRegistration persons, Environment environment) {
		this.accounts = accounts;
		this.organizationManagement = organizationManagement;
		this.organizations = organizations;
		this.staff = staff;
		this.registration = registration;
		this.enterprises = enterprises;
		this.persons = persons;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			log.warn("Demo data is never loaded in production (profile 'prod'); skipped.");
			return;
		}
		load();
	}

	/** Loads whatever is still missing. */
	public void load() {
		PlatformPrincipal admin = accounts.findByUsername("admin")
			.map(a -> new PlatformPrincipal(a.id(), a.username(), a.role(), null, null, a.displayName()))
			.orElse(null);
		OrganizationView review = organization(OrganizationType.REVIEW, REVIEW_ORG, admin);
		OrganizationView consulting = organization(OrganizationType.CONSULTING, CONSULTING_ORG, admin);
		account(Role.REVIEW_ORG, "review-org", review.id(), REVIEW_ORG, admin);
		account(Role.REVIEWER, "reviewer1", review.id(), "张评审", admin);
		account(Role.REVIEWER, "reviewer2", review.id(), "李评审", admin);
		account(Role.CONSULTANT, "consultant", consulting.id(), CONSULTING_ORG, admin);
		account(Role.EXPERT, "expert", null, "王专家", admin);
		enterprise();
		person();
		log.info("Demo data ready: review-org, reviewer1, reviewer2, consultant, expert, demo-enterprise, "
				+ "demo-person (password {}), admin", PASSWORD);
	}

	private OrganizationView organization(OrganizationType type, String name, PlatformPrincipal admin) {
		Optional<OrganizationView> existing = organizations.ofType(type)
			.stream()
			.filter(o -> o.name().equals(name))
			.findFirst();
		return existing.orElseGet(() -> organizationManagement.create(type, name, List.of("JJJ"), admin));
	}

	private void account(Role role, String username, Long organizationId, String displayName,
			PlatformPrincipal admin) {
		if (accounts.findByUsername(username).isEmpty()) {
			staff.create(new StaffAccount(role, username, PASSWORD, organizationId, displayName,
					username + "@demo.cciais.org"), admin);
		}
	}

	private void enterprise() {
		if (accounts.findByUsername("demo-enterprise").isPresent()
				|| enterprises.findByCreditCode(ENTERPRISE_CREDIT_CODE).isPresent()) {
			return;
		}
		var form = new EnterpriseRegistrationForm("demo-enterprise", PASSWORD, "110000", ENTERPRISE_CREDIT_CODE,
				ENTERPRISE_NAME, "有限责任公司", new BigDecimal("1000"), "陈示范", "北京市海淀区中关村南大街 1 号",
				LocalDate.of(2012, 3, 15), "刘联系", "010-62000000", "demo-enterprise@demo.cciais.org",
				"info@demo.cciais.org", "010-62000001", "北京市海淀区中关村南大街 1 号 8 层",
				"演示企业：从事信息系统安全集成、风险评估与运维服务。");
		var registered = registration.register(form, new InMemoryFile("营业执照（演示）.pdf", licencePdf()));
		// The demo enterprise counts as having applied, so the 7-day registration purge keeps it for rehearsals.
		registration.markApplicationSubmitted(registered.id());
	}

	private void person() {
		if (accounts.findByUsername("demo-person").isEmpty() && persons.findByIdNumber(PERSON_ID_NUMBER).isEmpty()) {
			persons.register(new PersonRegistrationForm("demo-person", PASSWORD, "赵工程", PERSON_ID_NUMBER,
					"demo-person@demo.cciais.org", "13800000000"));
		}
	}

	/** A one-page PDF standing in for the scanned licence. */
	static byte[] licencePdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Business licence (demo) - unified social credit code " + ENTERPRISE_CREDIT_CODE));
		document.close();
		return out.toByteArray();
	}

	/** An upload held in memory: a few kilobytes of generated PDF, nothing a user sends. */
	private record InMemoryFile(String originalFilename, byte[] bytes) implements MultipartFile {

		@Override
		public String getName() {
			return "file";
		}

		@Override
		public String getOriginalFilename() {
			return originalFilename;
		}

		@Override
		public String getContentType() {
			return "application/pdf";
		}

		@Override
		public boolean isEmpty() {
			return bytes.length == 0;
		}

		@Override
		public long getSize() {
			return bytes.length;
		}

		@Override
		public byte[] getBytes() {
			return bytes.clone();
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public void transferTo(File dest) throws IOException {
			Files.write(dest.toPath(), bytes);
		}
	}
}
