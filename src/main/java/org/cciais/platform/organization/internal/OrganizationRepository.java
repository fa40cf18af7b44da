package org.cciais.platform.organization.internal;

import java.util.List;

import org.cciais.platform.organization.OrganizationType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

	@Query("select distinct o from Organization o join o.regionGroups g where o.type = ?1 and g = ?2 order by o.name")
	List<Organization> findAuthorised(OrganizationType type, String regionGroup);

	List<Organization> findByTypeOrderByName(OrganizationType type);

	List<Organization> findAllByOrderByTypeAscNameAsc();

	org.springframework.data.domain.Page<Organization> findByType(OrganizationType type,
			org.springframework.data.domain.Pageable page);

	boolean existsByTypeAndName(OrganizationType type, String name);
}
