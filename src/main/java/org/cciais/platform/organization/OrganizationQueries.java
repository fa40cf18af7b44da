package org.cciais.platform.organization;

import java.util.List;
import java.util.Optional;

import org.cciais.platform.catalog.CatalogQueries;
import org.cciais.platform.organization.internal.Organization;
import org.cciais.platform.organization.internal.OrganizationRepository;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and consulting organisations and the region groups they are authorised for, as the platform reads them
 * (ADMIN changes them through {@link OrganizationManagement}).
 */
@Service
@Transactional(readOnly = true)
public class OrganizationQueries {

	private final OrganizationRepository repository;
	private final CatalogQueries catalog;
	private final JdbcClient jdbc;

	OrganizationQueries(OrganizationRepository repository, CatalogQueries catalog, JdbcClient jdbc) {
		this.repository = repository;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<OrganizationView> find(long id) {
		return repository.findById(id).map(Organization::toView);
	}

	/**
	 * The names of the organisations of these ids that exist, by id (one query; a list's parties). Plain SQL: the
	 * same query in JPQL was translated again on every call for its {@code IN} list, and the entities would load
	 * their region groups.
	 */
	public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, name from organizations where id in (:ids)")
				.param("ids", ids)
				.query((rs, row) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	/** Organisations of a type authorised for the group of a province-level region (manual 3.3.2, note 1). */
	@Transactional(readOnly = true)
	public List<OrganizationView> authorisedFor(OrganizationType type, String regionCode) {
		return catalog.region(regionCode)
			.map(region -> repository.findAuthorised(type, region.group()).stream().map(Organization::toView).toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public boolean isAuthorised(long organizationId, OrganizationType type, String regionCode) {
		return authorisedFor(type, regionCode).stream().anyMatch(o -> o.id() == organizationId);
	}

	@Transactional(readOnly = true)
	public List<OrganizationView> all() {
		return repository.findAllByOrderByTypeAscNameAsc().stream().map(Organization::toView).toList();
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
			.map(Organization::toView);
	}

	@Transactional(readOnly = true)
	public List<OrganizationView> ofType(OrganizationType type) {
		return repository.findByTypeOrderByName(type).stream().map(Organization::toView).toList();
	}
}
