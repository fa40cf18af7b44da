package org.cciais.platform.account;

import java.util.Optional;

import org.cciais.platform.account.internal.Person;
import org.cciais.platform.account.internal.Persons;
import org.cciais.platform.account.internal.IdNumberProbeThrottle;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ForbiddenException;
import org.cciais.platform.shared.IdNumbers;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PersonalDataCipher;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.ClientAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个人用户注册 (figure 2, first tab) and the person data other modules need. The 身份证号 is checked (GB 11643
 * check digit and birth date), stored encrypted with a keyed hash beside it, and one number opens one account only.
 */
@Service
@Transactional
public class PersonRegistration {

	private final Persons persons;
	private final AccountManagement accounts;
	private final PersonalDataCipher cipher;
	private final ApplicationEventPublisher events;
	private final IdNumberProbeThrottle throttle;

	PersonRegistration(Persons persons, AccountManagement accounts, PersonalDataCipher cipher,
			ApplicationEventPublisher events, IdNumberProbeThrottle throttle) {
		this.throttle = throttle;
		this.persons = persons;
		this.accounts = accounts;
		this.cipher = cipher;
		this.events = events;
	}

	public record Registered(long accountId, String username) {
	}

	public Registered register(PersonRegistrationForm form) {
		if (form == null) {
			throw new InvalidInputException("data", "error.required");
		}
		String idNumber = IdNumbers.normalize(form.idNumber());
		validate(form, idNumber);
		String name = form.name().trim();
		AccountView account = accounts.create(new NewAccount(form.username().trim(), form.password(), Role.PERSON,
				name, trim(form.email()), null, null), null);
		persons.save(new Person(account.id(), name, cipher.encrypt(idNumber), cipher.hash(idNumber),
				trim(form.phone()), trim(form.email())));
		events.publishEvent(new AuditRecord(account.username(), Role.PERSON, "person.register", "account",
				String.valueOf(account.id()), "个人用户注册：" + name + "（" + IdNumbers.mask(idNumber) + "）"));
		return new Registered(account.id(), account.username());
	}

	/**
	 * Checks every field without registering, so a page can show all refusals at once.
	 *
	 * @throws InvalidInputException naming each refused field
	 */
	@Transactional(readOnly = true)
	public void check(PersonRegistrationForm form) {
		if (form == null) {
			throw new InvalidInputException("data", "error.required");
		}
		validate(form, IdNumbers.normalize(form.idNumber()));
	}

	/*
	 * "Already registered" helps the rightful person (log in, or reset the password) but would let anyone look
	 * numbers up: an address gets that answer three times an hour, then every registration from it waits (429).
	 */
	private void validate(PersonRegistrationForm f, String idNumber) {
		String clientAddress = ClientAddress.current();
		throttle.requireAllowed(clientAddress);
		var errors = new InvalidInputException.Collector();
		accounts.checkNewCredentials(errors, f.username(), f.password());
		if (isBlank(f.name())) {
			errors.reject("name", "person.name.required");
		}
		else if (f.name().trim().length() > 100) {
			errors.reject("name", "account.text.tooLong", 100);
		}
		if (isBlank(idNumber)) {
			errors.reject("idNumber", "person.idNumber.required");
		}
		else if (!IdNumbers.isValid(idNumber)) {
			errors.reject("idNumber", "person.idNumber.invalid");
		}
		else if (persons.existsByIdNumberHash(cipher.hash(idNumber))) {
			errors.reject("idNumber", "person.idNumber.taken");
			throttle.alreadyRegisteredAnswered(clientAddress);
		}
		if (!isBlank(f.email()) && !f.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.reject("email", "account.email.invalid");
		}
		else if (!isBlank(f.email()) && f.email().trim().length() > 200) {
			errors.reject("email", "account.text.tooLong", 200);
		}
		if (!isBlank(f.phone()) && !f.phone().trim().matches("[0-9+\\- ()]{5,32}")) {
			errors.reject("phone", "person.phone.invalid");
		}
		errors.throwIfAny();
	}

	/** The keyed hash of the person's 身份证号, to match the engineer registry without decrypting. */
	@Transactional(readOnly = true)
	public Optional<String> personIdNumberHash(long accountId) {
		return persons.findByAccountId(accountId).map(Person::getIdNumberHash);
	}

	/** The person's real name as registered. */
	@Transactional(readOnly = true)
	public Optional<String> personName(long accountId) {
		return persons.findByAccountId(accountId).map(Person::getName);
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> findPerson(long accountId) {
		return persons.findByAccountId(accountId).map(this::view);
	}

	/** The account of the person registered with this 身份证号 (any letter case of the X check digit). */
	@Transactional(readOnly = true)
	public Optional<PersonView> findByIdNumber(String idNumber) {
		if (!IdNumbers.isValid(IdNumbers.normalize(idNumber))) {
			return Optional.empty();
		}
		return persons.findByIdNumberHash(cipher.hash(IdNumbers.normalize(idNumber))).map(this::view);
	}

	/**
	 * The unmasked 身份证号, for the person and for ADMIN only; every look-up is audited (PIPL).
	 */
	public String revealIdNumber(long accountId, PlatformPrincipal viewer) {
		if (viewer == null || !(viewer.is(Role.ADMIN) || viewer.accountId() == accountId)) {
			throw new ForbiddenException("error.forbidden");
		}
		Person person = persons.findByAccountId(accountId).orElseThrow(() -> new NotFoundException("error.notFound"));
		events.publishEvent(AuditRecord.of(viewer, "person.idNumber.view", "account", accountId, "查看身份证号明文"));
		return cipher.decrypt(person.getIdNumberEncrypted());
	}

	private PersonView view(Person p) {
		String username = accounts.findById(p.getAccountId()).map(AccountView::username).orElse(null);
		return new PersonView(p.getAccountId(), username, p.getName(),
				IdNumbers.mask(cipher.decrypt(p.getIdNumberEncrypted())), p.getEmail(), p.getPhone());
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return isBlank(s) ? null : s.trim();
	}
}
