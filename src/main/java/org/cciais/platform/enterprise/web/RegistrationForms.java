package org.cciais.platform.enterprise.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.cciais.platform.account.PersonRegistrationForm;
import org.cciais.platform.enterprise.EnterpriseRegistrationForm;

/** The two forms of the registration page (figure 2), bound field by field so typed values survive errors. */
final class RegistrationForms {

	private RegistrationForms() {
	}

	static final String[] ENTERPRISE_FIELDS = { "username", "password", "confirmPassword", "regionCode", "creditCode",
			"name", "unitType", "registeredCapital", "legalRepresentative", "registeredAddress", "foundedOn",
			"contactName", "contactPhone", "email", "companyEmail", "companyPhone", "postalAddress", "introduction" };

	static final String[] PERSON_FIELDS = { "username", "password", "confirmPassword", "name", "idNumber", "email",
			"phone" };

	/** 企业用户注册. */
	public static class EnterpriseForm extends ContactsForm {

		private String regionCode;
		private String creditCode;
		private String name;
		private String unitType = "私营企业";
		private String registeredCapital;
		private String legalRepresentative;
		private String registeredAddress;
		private String foundedOn;

		/** Unparseable numbers and dates become null: the registration then refuses them beside their field. */
		EnterpriseRegistrationForm toRegistration() {
			return new EnterpriseRegistrationForm(getUsername(), getPassword(), regionCode, creditCode, name, unitType,
					capital(), legalRepresentative, registeredAddress, founded(), getContactName(), getContactPhone(),
					getEmail(), getCompanyEmail(), getCompanyPhone(), getPostalAddress(), getIntroduction());
		}

		BigDecimal capital() {
			try {
				return registeredCapital == null || registeredCapital.isBlank() ? null
						: new BigDecimal(registeredCapital.trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		LocalDate founded() {
			try {
				return foundedOn == null || foundedOn.isBlank() ? null : LocalDate.parse(foundedOn.trim());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		/** The licence upload is not bound to the form; errors about it are shown beside its input. */
		public String getFile() {
			return null;
		}

		public String getRegionCode() {
			return regionCode;
		}

		public void setRegionCode(String regionCode) {
			this.regionCode = regionCode;
		}

		public String getCreditCode() {
			return creditCode;
		}

		public void setCreditCode(String creditCode) {
			this.creditCode = creditCode;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getUnitType() {
			return unitType;
		}

		public void setUnitType(String unitType) {
			this.unitType = unitType;
		}

		public String getRegisteredCapital() {
			return registeredCapital;
		}

		public void setRegisteredCapital(String registeredCapital) {
			this.registeredCapital = registeredCapital;
		}

		public String getLegalRepresentative() {
			return legalRepresentative;
		}

		public void setLegalRepresentative(String legalRepresentative) {
			this.legalRepresentative = legalRepresentative;
		}

		public String getRegisteredAddress() {
			return registeredAddress;
		}

		public void setRegisteredAddress(String registeredAddress) {
			this.registeredAddress = registeredAddress;
		}

		public String getFoundedOn() {
			return foundedOn;
		}

		public void setFoundedOn(String foundedOn) {
			this.foundedOn = foundedOn;
		}

	}

	/** 个人用户注册. */
	public static class PersonForm extends AccountForm {

		private String name;
		private String idNumber;
		private String email;
		private String phone;

		PersonRegistrationForm toRegistration() {
			return new PersonRegistrationForm(getUsername(), getPassword(), name, idNumber, email, phone);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getIdNumber() {
			return idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}
	}
}
