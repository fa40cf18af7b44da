package org.cciais.platform.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.enterprise.internal.Enterprise;
import org.cciais.platform.enterprise.internal.EnterpriseRepository;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 企业信息修改 (manual 5.1): the enterprise edits its contacts and 公司简介 only. The starred registration fields
 * (the 副本 data) are refused with a reason naming the field, and so is any field the profile does not have.
 */
@Service
@Transactional
public class EnterpriseProfileManagement {

	/** The editable fields with their maximum length. */
	public static final Map<String, Integer> EDITABLE = editable();

	/** The starred fields of figure 2 (and the credentials), with their labels for the refusal. */
	public static final Map<String, MessageSourceResolvable> LOCKED = locked();

	private static final Set<String> EMAILS = Set.of("email", "companyEmail");

	private final EnterpriseRepository repository;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;

	EnterpriseProfileManagement(EnterpriseRepository repository, AccountManagement accounts, ApplicationEventPublisher events) {
		this.repository = repository;
		this.accounts = accounts;
		this.events = events;
	}

	/**
	 * Applies the given changes (field name → text or null to clear); fields not given stay as they are.
	 *
	 * @throws InvalidInputException naming each locked, unknown or invalid field; nothing is changed then
	 */
	public EnterpriseView update(long enterpriseId, Map<String, ?> changes, PlatformPrincipal by) {
		Enterprise enterprise = repository.findById(enterpriseId)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		var errors = new InvalidInputException.Collector();
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, ?> change : (changes == null ? Map.<String, Object>of() : changes).entrySet()) {
			String field = change.getKey();
			Object value = change.getValue();
			if (LOCKED.containsKey(field)) {
				errors.reject(field, "enterprise.profile.locked", LOCKED.get(field));
			}
			else if (!EDITABLE.containsKey(field)) {
				errors.reject(field, "enterprise.profile.unknownField", field);
			}
			else if (value != null && !(value instanceof String)) {
				errors.reject(field, "enterprise.profile.notText");
			}
			else {
				String text = value == null || ((String) value).isBlank() ? null : ((String) value).trim();
				if (text != null && text.length() > EDITABLE.get(field)) {
					errors.reject(field, "enterprise.text.tooLong", EDITABLE.get(field));
				}
				else if (text != null && EMAILS.contains(field) && !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
					errors.reject(field, "enterprise.email.invalid");
				}
				values.put(field, text);
			}
		}
		errors.throwIfAny();
		EnterpriseView current = enterprise.toView();
		List<String> changed = new ArrayList<>();
		String contactName = pick(values, "contactName", current.contactName(), changed);
		String contactPhone = pick(values, "contactPhone", current.contactPhone(), changed);
		String email = pick(values, "email", current.email(), changed);
		String companyEmail = pick(values, "companyEmail", current.companyEmail(), changed);
		String companyPhone = pick(values, "companyPhone", current.companyPhone(), changed);
		String postalAddress = pick(values, "postalAddress", current.postalAddress(), changed);
		String introduction = pick(values, "introduction", current.introduction(), changed);
		if (changed.isEmpty()) {
			return current;
		}
		enterprise.updateContacts(contactName, contactPhone, email, companyEmail, companyPhone, postalAddress,
				introduction);
		if (changed.contains("email") || changed.contains("companyEmail")) {
			// Notifications and reset links go to the account's address: keep it in step with the contacts.
			String accountEmail = email != null ? email : companyEmail;
			accounts.findByEnterprise(enterpriseId).forEach(a -> accounts.updateContact(a.id(), null, accountEmail));
		}
		events.publishEvent(AuditRecord.of(by, "enterprise.profile.update", "enterprise", enterpriseId,
				"修改企业联系信息：" + String.join(", ", changed)));
		return enterprise.toView();
	}

	private static String pick(Map<String, String> values, String field, String current, List<String> changed) {
		if (!values.containsKey(field)) {
			return current;
		}
		String value = values.get(field);
		if (!java.util.Objects.equals(value, current)) {
			changed.add(field);
		}
		return value;
	}

	private static Map<String, Integer> editable() {
		Map<String, Integer> m = new LinkedHashMap<>();
		m.put("contactName", 100);
		m.put("contactPhone", 50);
		m.put("email", 200);
		m.put("companyEmail", 200);
		m.put("companyPhone", 50);
		m.put("postalAddress", 300);
		m.put("introduction", 4000);
		return java.util.Collections.unmodifiableMap(m);
	}

	private static Map<String, MessageSourceResolvable> locked() {
		Map<String, MessageSourceResolvable> m = new LinkedHashMap<>();
		for (String field : List.of("username", "password", "regionCode", "creditCode", "name", "file",
				"licenceFileId", "unitType", "registeredCapital", "legalRepresentative", "registeredAddress",
				"foundedOn")) {
			String label = field.equals("file") || field.equals("licenceFileId") ? "licence" : field;
			m.put(field, new DefaultMessageSourceResolvable("enterprise.field." + label));
		}
		return java.util.Collections.unmodifiableMap(m);
	}
}
