package org.cciais.platform.enterprise.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.enterprise.EnterpriseView;

/**
 * An enterprise. The registration fields never change through the enterprise itself (manual 3.1.1, 5.1); only
 * {@link #updateContacts} does. A passed annual inspection may update the 副本 data through the certificate,
 * not here.
 */
@Entity
@Table(name = "enterprises")
public class Enterprise {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Column(name = "credit_code", nullable = false, unique = true)
	private String creditCode;

	@Column(nullable = false)
	private String name;

	@Column(name = "licence_file_id")
	private UUID licenceFileId;

	@Column(name = "unit_type", nullable = false)
	private String unitType;

	@Column(name = "registered_capital", nullable = false)
	private BigDecimal registeredCapital;

	@Column(name = "legal_representative", nullable = false)
	private String legalRepresentative;

	@Column(name = "registered_address", nullable = false)
	private String registeredAddress;

	@Column(name = "founded_on", nullable = false)
	private LocalDate foundedOn;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_phone")
	private String contactPhone;

	private String email;

	@Column(name = "company_email")
	private String companyEmail;

	@Column(name = "company_phone")
	private String companyPhone;

	@Column(name = "postal_address")
	private String postalAddress;

	private String introduction;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Column(name = "first_application_at")
	private Instant firstApplicationAt;

	@Version
	private long version;

	protected Enterprise() {
	}

	public Enterprise(String regionCode, String creditCode, String name, UUID licenceFileId, String unitType,
			BigDecimal registeredCapital, String legalRepresentative, String registeredAddress, LocalDate foundedOn,
			Instant registeredAt) {
		this.regionCode = regionCode;
		this.creditCode = creditCode;
		this.name = name;
		this.licenceFileId = licenceFileId;
		this.unitType = unitType;
		this.registeredCapital = registeredCapital;
		this.legalRepresentative = legalRepresentative;
		this.registeredAddress = registeredAddress;
		this.foundedOn = foundedOn;
		this.registeredAt = registeredAt;
	}

	public void updateContacts(String contactName, String contactPhone, String email, String companyEmail,
			String companyPhone, String postalAddress, String introduction) {
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.email = email;
		this.companyEmail = companyEmail;
		this.companyPhone = companyPhone;
		this.postalAddress = postalAddress;
		this.introduction = introduction;
	}

	/** A passed change application (变更申请): the only way the locked 副本 fields change. */
	public void applyChange(org.cciais.platform.enterprise.ChangeData data, UUID newLicenceFileId) {
		this.name = data.name();
		this.registeredAddress = data.registeredAddress();
		this.legalRepresentative = data.legalRepresentative();
		this.registeredCapital = data.registeredCapital();
		this.unitType = data.unitType();
		this.licenceFileId = newLicenceFileId;
	}

	/** The first submitted application stops the 7-day registration purge for good. */
	public void applicationSubmitted(Instant at) {
		if (firstApplicationAt == null) {
			firstApplicationAt = at;
		}
	}

	public EnterpriseView toView() {
		return new EnterpriseView(id, regionCode, creditCode, name, licenceFileId, unitType, registeredCapital,
				legalRepresentative, registeredAddress, foundedOn, contactName, contactPhone, email, companyEmail,
				companyPhone, postalAddress, introduction, registeredAt, firstApplicationAt);
	}

	public Long getId() {
		return id;
	}

	public UUID getLicenceFileId() {
		return licenceFileId;
	}

	public String getName() {
		return name;
	}

	public Instant getRegisteredAt() {
		return registeredAt;
	}

	public Instant getFirstApplicationAt() {
		return firstApplicationAt;
	}
}
