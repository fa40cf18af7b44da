package org.cciais.platform.certificate.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cciais.platform.certificate.CertificateRequestStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CertificateRequestRepository extends JpaRepository<CertificateRequest, Long> {

	@Query("select r from CertificateRequest r where r.enterpriseId = ?1 order by r.requestedAt desc, r.id desc")
	List<CertificateRequest> findByEnterprise(long enterpriseId);

	@Query("select r from CertificateRequest r where r.status in ?1 order by r.requestedAt desc, r.id desc")
	List<CertificateRequest> findByStatusIn(Collection<CertificateRequestStatus> states, Pageable page);

	/** {@link #findByStatusIn} as one page in the order {@code page} asks for, with the total. */
	@Query("select r from CertificateRequest r where r.status in ?1")
	org.springframework.data.domain.Page<CertificateRequest> pageByStatusIn(
			Collection<CertificateRequestStatus> states, Pageable page);

	org.springframework.data.domain.Page<CertificateRequest> findByEnterpriseId(long enterpriseId, Pageable page);

	boolean existsByOpenCertificateId(long certificateId);

	Optional<CertificateRequest> findByOpenCertificateId(long certificateId);
}
