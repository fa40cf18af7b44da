package org.cciais.platform.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;

@Entity
@Table(name = "accounts")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	private String email;

	private String phone;

	/** The language chosen in the header switch (BCP 47, e.g. {@code en}); null until chosen, meaning Chinese. */
	private String language;

	@Column(name = "enterprise_id")
	private Long enterpriseId;

	@Column(name = "organization_id")
	private Long organizationId;

	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Version
	private long version;

	protected Account() {
	}

	public Account(String username, String passwordHash, Role role, String displayName, String email,
			Long enterpriseId, Long organizationId, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.displayName = displayName;
		this.email = email;
		this.enterpriseId = enterpriseId;
		this.organizationId = organizationId;
		this.enabled = true;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	public void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	public void attachEnterprise(long enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	public void rename(String displayName) {
		this.displayName = displayName;
	}

	public void changeEmail(String email) {
		this.email = email;
	}

	public void changePhone(String phone) {
		this.phone = phone;
	}

	public void moveToOrganization(Long organizationId) {
		this.organizationId = organizationId;
	}

	/** A disabled account cannot log in, neither on the page nor for a token. */
	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public PlatformPrincipal toPrincipal() {
		return new PlatformPrincipal(id, username, role, enterpriseId, organizationId, displayName);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public String getLanguage() {
		return language;
	}

	public String getPhone() {
		return phone;
	}

	public Long getEnterpriseId() {
		return enterpriseId;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}
}
