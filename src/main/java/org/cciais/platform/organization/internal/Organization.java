package org.cciais.platform.organization.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cciais.platform.organization.OrganizationType;
import org.cciais.platform.organization.OrganizationView;

@Entity
@Table(name = "organizations")
public class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganizationType type;

	@Column(nullable = false)
	private String name;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organization_region_groups", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "region_group_code")
	private Set<String> regionGroups = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Organization() {
	}

	public Organization(OrganizationType type, String name, Set<String> regionGroups, Instant createdAt) {
		this.type = type;
		this.name = name;
		this.regionGroups = new LinkedHashSet<>(regionGroups);
		this.createdAt = createdAt;
	}

	public void authorise(Set<String> groups) {
		regionGroups.clear();
		regionGroups.addAll(groups);
	}

	public void rename(String name) {
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public OrganizationType getType() {
		return type;
	}

	public String getName() {
		return name;
	}

	public Set<String> getRegionGroups() {
		return regionGroups;
	}

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public OrganizationView toView() {
		return new OrganizationView(id, type, name, List.copyOf(regionGroups), version);
	}
}
