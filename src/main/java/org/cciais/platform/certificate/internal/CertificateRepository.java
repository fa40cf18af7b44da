package org.cciais.platform.certificate.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

	boolean existsByApplicationId(long applicationId);

	Optional<Certificate> findByApplicationId(long applicationId);

	Optional<Certificate> findByNumber(String number);

	Optional<Certificate> findByIdAndEnterpriseId(long id, long enterpriseId);

	@Query("select c from Certificate c where c.enterpriseId = ?1 order by c.issuedOn desc, c.id desc")
	List<Certificate> findByEnterprise(long enterpriseId);

	@Query("select c from Certificate c where c.status = org.cciais.platform.certificate.CertificateStatus.VALID and c.expiresOn < ?1")
	List<Certificate> findExpiredBy(LocalDate today);

	@Query("select c from Certificate c where c.enterpriseName = ?1 or c.enterpriseName like concat(?1, '%') order by c.enterpriseName, c.issuedOn desc")
	List<Certificate> findByEnterpriseNamePrefix(String prefix, org.springframework.data.domain.Pageable page);

	@Query(value = "select nextval('certificate_number_seq')", nativeQuery = true)
	long nextNumber();
}
