package org.cciais.platform.personnel.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EngineerRepository extends JpaRepository<Engineer, Long> {

	Optional<Engineer> findByIdNumberHash(String idNumberHash);

	boolean existsByIdNumberHash(String idNumberHash);

	boolean existsByCertificateNumber(String certificateNumber);

	Optional<Engineer> findByIdAndBoundEnterpriseId(long id, long boundEnterpriseId);

	@Query("select e from Engineer e where e.boundEnterpriseId = ?1 order by e.boundOn desc, e.id desc")
	List<Engineer> findBoundTo(long enterpriseId);

	org.springframework.data.domain.Page<Engineer> findByBoundEnterpriseId(long enterpriseId, Pageable page);

	/**
	 * Name or certificate number containing the text (wildcards escaped by the caller), or the exact ID hash; one
	 * page in the order {@code page} asks for, with the total.
	 */
	@Query("select e from Engineer e where e.name like concat('%', ?1, '%') escape '\\' or upper(e.certificateNumber) like concat('%', ?2, '%') escape '\\' or e.idNumberHash = ?3")
	org.springframework.data.domain.Page<Engineer> searchPage(String nameText, String numberText, String idNumberHash,
			Pageable page);
}
