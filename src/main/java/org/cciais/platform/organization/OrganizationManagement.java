package org.cciais.platform.organization;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.organization.internal.Organization;
import org.cciais.platform.organization.internal.OrganizationRepository;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.Languages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN's changes of the review and consulting organisations: creation, name and authorised region groups. */
@Service
@Transactional
public class OrganizationManagement {

	private final OrganizationRepository repository;
	private final CatalogQueries catalog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MessageSource messages;

	OrganizationManagement(OrganizationRepository repository, CatalogQueries catalog, ApplicationEventPublisher events,
			Clock clock, MessageSource messages) {
		this.repository = repository;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
	}

	/** ADMIN creates an organisation authorised for the given region groups (codes such as {@code JJJ}). */
	public OrganizationView create(OrganizationType type, String name, List<String> regionGroups,
			PlatformPrincipal admin) {
		if (type == null) {
			throw new InvalidInputException("type", "organization.type.required");
		}
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new InvalidInputException("name", "organization.name.required");
		}
		if (repository.existsByTypeAndName(type, trimmed)) {
			throw new InvalidInputException("name", "organization.name.taken");
		}
		Set<String> groups = validGroups(regionGroups);
		Organization saved = repository.save(new Organization(type, trimmed, groups, clock.instant()));
		events.publishEvent(AuditRecord.of(admin, "organization.create", "organization", saved.getId(),
				// the audit log's details are Chinese records, whoever reads them later
				messages.getMessage(type, Languages.CHINESE) + " " + trimmed + " 授权区域 " + groups));
		return saved.toView();
	}

	/** ADMIN replaces the region groups an organisation is authorised for. */
	public OrganizationView authorise(long id, List<String> regionGroups, PlatformPrincipal admin) {
		Organization organization = repository.findById(id)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		Set<String> groups = validGroups(regionGroups);
		organization.authorise(groups);
		events.publishEvent(AuditRecord.of(admin, "organization.authorise", "organization", id, "授权区域 " + groups));
		return organization.toView();
	}

	/**
	 * 字典管理: ADMIN renames an organisation and replaces its region groups in one edit. With a version, refused
	 * (409) when someone changed the organisation since it was read; of two edits at once one wins ({@code @Version}).
	 * Applications already submitted keep the organisation they chose.
	 */
	public OrganizationView edit(long id, String name, List<String> regionGroups, Long version,
			PlatformPrincipal admin) {
		Organization organization = repository.findById(id)
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		var problems = new InvalidInputException.Collector();
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			problems.reject("name", "organization.name.required");
		}
		else if (!trimmed.equals(organization.getName())
				&& repository.existsByTypeAndName(organization.getType(), trimmed)) {
			problems.reject("name", "organization.name.taken");
		}
		Set<String> groups = Set.of();
		try {
			groups = validGroups(regionGroups);
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> problems.reject(p.field(), p.messageKey(), p.args()));
		}
		problems.throwIfAny();
		if (version != null && version != organization.getVersion()) {
			throw new ConflictException("error.concurrentChange");
		}
		String before = organization.getName() + " 授权区域 " + organization.getRegionGroups();
		if (trimmed.equals(organization.getName()) && groups.equals(Set.copyOf(organization.getRegionGroups()))) {
			return organization.toView();
		}
		organization.rename(trimmed);
		organization.authorise(groups);
		repository.saveAndFlush(organization);
		events.publishEvent(AuditRecord.of(admin, "organization.edit", "organization", id,
				"before: " + before + " | after: " + trimmed + " 授权区域 " + groups));
		return organization.toView();
	}

	private Set<String> validGroups(List<String> regionGroups) {
		if (regionGroups == null || regionGroups.isEmpty()) {
			throw new InvalidInputException("regionGroups", "organization.regionGroups.required");
		}
		Set<String> groups = new LinkedHashSet<>();
		for (String code : regionGroups) {
			if (code == null || catalog.regionGroup(code).isEmpty()) {
				throw new InvalidInputException("regionGroups", "organization.regionGroups.unknown", code);
			}
			groups.add(code);
		}
		return groups;
	}
}
