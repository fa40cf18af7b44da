package org.cciais.platform.enterprise.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cciais.platform.enterprise.EnterpriseView;

/**
 * The contacts and 公司简介 of an enterprise, as the registration page and the profile page (manual 5.1) both bind
 * them: the part of the registration data that stays editable after registration.
 */
public class ContactsForm extends AccountForm {

	private String contactName;
	private String contactPhone;
	private String email;
	private String companyEmail;
	private String companyPhone;
	private String postalAddress;
	private String introduction;

	static ContactsForm of(EnterpriseView e) {
		ContactsForm f = new ContactsForm();
		f.contactName = e.contactName();
		f.contactPhone = e.contactPhone();
		f.email = e.email();
		f.companyEmail = e.companyEmail();
		f.companyPhone = e.companyPhone();
		f.postalAddress = e.postalAddress();
		f.introduction = e.introduction();
		return f;
	}

	Map<String, Object> toChanges() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("contactName", contactName);
		m.put("contactPhone", contactPhone);
		m.put("email", email);
		m.put("companyEmail", companyEmail);
		m.put("companyPhone", companyPhone);
		m.put("postalAddress", postalAddress);
		m.put("introduction", introduction);
		return m;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getCompanyEmail() {
		return companyEmail;
	}

	public void setCompanyEmail(String companyEmail) {
		this.companyEmail = companyEmail;
	}

	public String getCompanyPhone() {
		return companyPhone;
	}

	public void setCompanyPhone(String companyPhone) {
		this.companyPhone = companyPhone;
	}

	public String getPostalAddress() {
		return postalAddress;
	}

	public void setPostalAddress(String postalAddress) {
		this.postalAddress = postalAddress;
	}

	public String getIntroduction() {
		return introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}
}
