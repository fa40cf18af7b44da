package org.cciais.platform.enterprise;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.account.NewAccount;
import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.enterprise.internal.Enterprise;
import org.cciais.platform.enterprise.internal.EnterpriseRepository;
import org.cciais.platform.enterprise.internal.RegistrationThrottle;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.CreditCodes;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.Role;
import org.cciais.platform.storage.FileKind;
import org.cciais.platform.storage.FileStore;
import org.cciais.platform.storage.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Enterprise registration (manual 3.1.1): validates every field, stores the licence PDF (checked by content, at
 * most 100 MB), opens the ENTERPRISE account. From now on the 7-day purge clock runs until an application is
 * submitted.
 */
@Service
@Transactional
public class EnterpriseRegistration {

	private final EnterpriseRepository repository;
	private final AccountManagement accounts;
	private final FileStore files;
	private final CatalogQueries catalog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final RegistrationThrottle throttle;

	EnterpriseRegistration(EnterpriseRepository repository, AccountManagement accounts, FileStore files,
			CatalogQueries catalog, ApplicationEventPublisher events, Clock clock, RegistrationThrottle throttle) {
		this.throttle = throttle;
		this.repository = repository;
		this.accounts = accounts;
		this.files = files;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	public record Registered(long id, long accountId, String username) {
	}

	/**
	 * An anonymous registration from {@code clientAddress} (page or API): at most
	 * {@code cciais.registration.per-address-per-hour} attempts per address in any hour.
	 *
	 * @throws org.cciais.platform.shared.ThrottledException when the address has used up its hour (429)
	 */
	public Registered register(EnterpriseRegistrationForm form, MultipartFile licence, String clientAddress) {
		throttle.acquire(clientAddress);
		return register(form, licence);
	}

	/** {@link #check(EnterpriseRegistrationForm, MultipartFile)} for an anonymous caller, counted like a registration. */
	@Transactional(readOnly = true)
	public void check(EnterpriseRegistrationForm form, MultipartFile licence, String clientAddress) {
		throttle.acquire(clientAddress);
		check(form, licence);
	}

	public Registered register(EnterpriseRegistrationForm form, MultipartFile licence) {
		if (form == null) {
			throw new InvalidInputException("data", "error.required");
		}
		validate(form, licence);
		StoredFile stored = files.store(licence, EnumSet.of(FileKind.PDF), form.username().trim());
		Enterprise enterprise = repository.save(new Enterprise(form.regionCode(), form.creditCode().trim().toUpperCase(),
				form.name().trim(), stored.id(), form.unitType().trim(), form.registeredCapital(),
				form.legalRepresentative().trim(), form.registeredAddress().trim(), form.foundedOn(), clock.instant()));
		enterprise.updateContacts(trim(form.contactName()), trim(form.contactPhone()), trim(form.email()),
				trim(form.companyEmail()), trim(form.companyPhone()), trim(form.postalAddress()),
				trim(form.introduction()));
		AccountView account = accounts.create(new NewAccount(form.username().trim(), form.password(),
				Role.ENTERPRISE, enterprise.getName(), firstNonBlank(form.email(), form.companyEmail()),
				enterprise.getId(), null), null);
		events.publishEvent(new AuditRecord(account.username(), Role.ENTERPRISE, "enterprise.register", "enterprise",
				String.valueOf(enterprise.getId()), "企业注册：" + enterprise.getName()));
		return new Registered(enterprise.getId(), account.id(), account.username());
	}

	/**
	 * Called by the application module when the enterprise submits an application: ends the purge countdown of its
	 * registration (manual 3.1.1).
	 */
	public void markApplicationSubmitted(long enterpriseId) {
		repository.findById(enterpriseId).ifPresent(e -> e.applicationSubmitted(clock.instant()));
	}

	/**
	 * Checks every field without registering, so a page can show all refusals at once.
	 *
	 * @throws InvalidInputException naming each refused field
	 */
	@Transactional(readOnly = true)
	public void check(EnterpriseRegistrationForm form, MultipartFile licence) {
		if (form == null) {
			throw new InvalidInputException("data", "error.required");
		}
		validate(form, licence);
	}

	private void validate(EnterpriseRegistrationForm f, MultipartFile licence) {
		var errors = new InvalidInputException.Collector();
		accounts.checkNewCredentials(errors, f.username(), f.password());
		if (isBlank(f.regionCode()) || catalog.region(f.regionCode()).isEmpty()) {
			errors.reject("regionCode", "enterprise.region.invalid");
		}
		if (isBlank(f.creditCode()) || !CreditCodes.isValid(f.creditCode().trim().toUpperCase())) {
			errors.reject("creditCode", "enterprise.creditCode.invalid");
		}
		else if (repository.existsByCreditCode(f.creditCode().trim().toUpperCase())) {
			errors.reject("creditCode", "enterprise.creditCode.taken");
		}
		checkCopyFields(errors, f.name(), f.unitType(), catalog::offersUnitType, f.registeredCapital(), f.legalRepresentative(),
				f.registeredAddress());
		LocalDate founded = f.foundedOn();
		if (founded == null || founded.isAfter(LocalDate.now(clock)) || founded.getYear() < 1900) {
			errors.reject("foundedOn", "enterprise.foundedOn.invalid");
		}
		optionalText(errors, "contactName", f.contactName(), 100);
		optionalText(errors, "contactPhone", f.contactPhone(), 50);
		optionalEmail(errors, "email", f.email());
		optionalEmail(errors, "companyEmail", f.companyEmail());
		optionalText(errors, "companyPhone", f.companyPhone(), 50);
		optionalText(errors, "postalAddress", f.postalAddress(), 300);
		optionalText(errors, "introduction", f.introduction(), 4000);
		if (licence == null || licence.isEmpty()) {
			errors.reject("file", "enterprise.licence.required");
		}
		errors.throwIfAny();
	}

	/** The 副本 fields (registration and change application alike). */
	static void checkCopyFields(InvalidInputException.Collector errors, String name, String unitType,
			java.util.function.Predicate<String> unitTypeAllowed, BigDecimal capital, String legalRepresentative,
			String registeredAddress) {
		requireText(errors, "name", name, 200);
		if (isBlank(unitType) || !unitTypeAllowed.test(unitType.trim())) {
			errors.reject("unitType", "enterprise.unitType.invalid");
		}
		if (capital == null || capital.signum() <= 0 || capital.compareTo(new BigDecimal("100000000")) >= 0
				|| capital.scale() > 4) {
			errors.reject("registeredCapital", "enterprise.capital.invalid");
		}
		requireText(errors, "legalRepresentative", legalRepresentative, 100);
		requireText(errors, "registeredAddress", registeredAddress, 300);
	}

	static void requireText(InvalidInputException.Collector errors, String field, String value, int max) {
		if (isBlank(value)) {
			errors.reject(field, "error.required");
		}
		else if (value.trim().length() > max) {
			errors.reject(field, "enterprise.text.tooLong", max);
		}
	}

	static void optionalText(InvalidInputException.Collector errors, String field, String value, int max) {
		if (value != null && value.trim().length() > max) {
			errors.reject(field, "enterprise.text.tooLong", max);
		}
	}

	static void optionalEmail(InvalidInputException.Collector errors, String field, String value) {
		if (!isBlank(value) && !value.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.reject(field, "enterprise.email.invalid");
		}
		else {
			optionalText(errors, field, value, 200);
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return isBlank(s) ? null : s.trim();
	}

	private static String firstNonBlank(String a, String b) {
		return !isBlank(a) ? a.trim() : trim(b);
	}

}
