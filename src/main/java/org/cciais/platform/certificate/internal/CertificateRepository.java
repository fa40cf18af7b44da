package org.cciais.platform.certificate.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cciais.platform.certificate.CertificateStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

	boolean existsByApplicationId(long applicationId);

	Optional<Certificate> findByApplicationId(long applicationId);

	Optional<Certificate> findByNumber(String number);

	Optional<Certificate> findByIdAndEnterpriseId(long id, long enterpriseId);

	@Query("select c from Certificate c where c.enterpriseId = ?1 order by c.issuedOn desc, c.id desc")
	List<Certificate> findByEnterprise(long enterpriseId);

	org.springframework.data.domain.Page<Certificate> findByEnterpriseId(long enterpriseId, Pageable page);

	@Query("select c from Certificate c where c.status in (org.cciais.platform.certificate.CertificateStatus.VALID, org.cciais.platform.certificate.CertificateStatus.SUSPENDED) and c.expiresOn < ?1")
	List<Certificate> findExpiredBy(LocalDate today);

	@Query("select c from Certificate c where c.status = org.cciais.platform.certificate.CertificateStatus.VALID and c.expiresOn >= ?1 and c.expiresOn <= ?2 order by c.expiresOn, c.id")
	List<Certificate> findValidExpiringBetween(LocalDate from, LocalDate to);

	/**
	 * Certificates whose enterprise name starts with {@code prefix}, which must have its LIKE wildcards escaped with
	 * a backslash (see {@link #likeEscaped}); one page in the order {@code page} asks for, with the total.
	 */
	@Query("select c from Certificate c where c.enterpriseName like concat(?1, '%') escape '\\'")
	org.springframework.data.domain.Page<Certificate> pageByEnterpriseNamePrefix(String prefix, Pageable page);

	/**
	 * ADMIN search in the given states: number or credit code containing {@code upperText}, or enterprise name
	 * containing {@code text} (both with LIKE wildcards escaped); one page in the order {@code page} asks for.
	 */
	@Query("select c from Certificate c where (upper(c.number) like concat('%', ?1, '%') escape '\\' or upper(c.creditCode) like concat('%', ?1, '%') escape '\\' or c.enterpriseName like concat('%', ?2, '%') escape '\\') and c.status in ?3")
	org.springframework.data.domain.Page<Certificate> searchPage(String upperText, String text,
			Collection<CertificateStatus> states, Pageable page);

	/** Escapes LIKE wildcards so that user text matches literally. */
	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	@Query(value = "select nextval('certificate_number_seq')", nativeQuery = true)
	long nextNumber();
}
