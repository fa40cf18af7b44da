package org.cciais.platform.organization;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cciais.platform.catalog.Catalog;
import org.cciais.platform.organization.internal.Organization;
import org.cciais.platform.organization.internal.OrganizationRepository;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Review and consulting organisations and the region groups they are authorised for. */
@Service
@Transactional
public class Organizations {

	private final OrganizationRepository repository;
	private final Catalog catalog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Organizations(OrganizationRepository repository, Catalog catalog, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
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
				type.label() + " " + trimmed + " 授权区域 " + groups));
		return view(saved);
	}

	/** ADMIN replaces the region groups an organisation is authorised for. */
	public OrganizationView authorise(long id, List<String> regionGroups, PlatformPrincipal admin) {
		Organization organization = repository.findById(id)
			.orElseThrow(() -> new org.cciais.platform.shared.NotFoundException("error.notFound"));
		Set<String> groups = validGroups(regionGroups);
		organization.authorise(groups);
		events.publishEvent(AuditRecord.of(admin, "organization.authorise", "organization", id, "授权区域 " + groups));
		return view(organization);
	}

	/**
	 * 字典管理: ADMIN renames an organisation and replaces its region groups in one edit. With a version, refused
	 * (409) when someone changed the organisation since it was read; of two edits at once one wins ({@code @Version}).
	 * Applications already submitted keep the organisation they chose.
	 */
	public OrganizationView edit(long id, String name, List<String> regionGroups, Long version,
			PlatformPrincipal admin) {
		Organization organization = repository.findById(id)
			.orElseThrow(() -> new org.cciais.platform.shared.NotFoundException("error.notFound"));
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
			throw new org.cciais.platform.shared.ConflictException("error.concurrentChange");
		}
		String before = organization.getName() + " 授权区域 " + organization.getRegionGroups();
		if (trimmed.equals(organization.getName()) && groups.equals(Set.copyOf(organization.getRegionGroups()))) {
			return view(organization);
		}
		organization.rename(trimmed);
		organization.authorise(groups);
		repository.saveAndFlush(organization);
		events.publishEvent(AuditRecord.of(admin, "organization.edit", "organization", id,
				"before: " + before + " | after: " + trimmed + " 授权区域 " + groups));
		return view(organization);
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

	@Transactional(readOnly = true)
	public Optional<OrganizationView> find(long id) {
		return repository.findById(id).map(Organizations::view);
	}

	/** The names of the organisations of these ids that exist, by id (one query; a list's parties). */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			repository.namesOf(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
		}
		return names;
	}

	/** Organisations of a type authorised for the group of a province-level region (manual 3.3.2, note 1). */
	@Transactional(readOnly = true)
	public List<OrganizationView> authorisedFor(OrganizationType type, String regionCode) {
		return catalog.region(regionCode)
			.map(region -> repository.findAuthorised(type, region.group()).stream().map(Organizations::view).toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public boolean isAuthorised(long organizationId, OrganizationType type, String regionCode) {
		return authorisedFor(type, regionCode).stream().anyMatch(o -> o.id() == organizationId);
	}

	@Transactional(readOnly = true)
	public List<OrganizationView> all() {
		return repository.findAllByOrderByTypeAscNameAsc().stream().map(Organizations::view).toList();
	}

	/** Sortable columns of the organisation list; unsorted, by type then name (as it always was). */
	public static final Sortable SORT = Sortable.by(Sort.by("type", "name", "id"))
		.field("id")
		.field("type")
		.field("name");

	/** One page of the organisations (of the type, when given), in the database; see {@link #SORT}. */
	@Transactional(readOnly = true)
	public Page<OrganizationView> list(OrganizationType type, Pageable pageable) {
		return (type == null ? repository.findAll(pageable) : repository.findByType(type, pageable))
			.map(Organizations::view);
	}

	@Transactional(readOnly = true)
	public List<OrganizationView> ofType(OrganizationType type) {
		return repository.findByTypeOrderByName(type).stream().map(Organizations::view).toList();
	}

	private static OrganizationView view(Organization o) {
		return new OrganizationView(o.getId(), o.getType(), o.getName(), List.copyOf(o.getRegionGroups()),
				o.getVersion());
	}
}
