package org.cciais.platform.inspection.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cciais.platform.inspection.InspectionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Inspections; lists fetch the uploaded materials in the same query (no query per row). */
public interface InspectionRepository extends JpaRepository<Inspection, Long> {

	Optional<Inspection> findByIdAndEnterpriseId(long id, long enterpriseId);

	Optional<Inspection> findByIdAndReviewOrgId(long id, long reviewOrgId);

	boolean existsByCertificateIdAndYear(long certificateId, int year);

	List<Inspection> findByCertificateIdOrderByYear(long certificateId);

	boolean existsByEnterpriseIdAndStatusIn(long enterpriseId, java.util.Collection<InspectionStatus> statuses);

	@Query("select distinct i from Inspection i left join fetch i.materials where i.enterpriseId = ?1 "
			+ "order by i.windowOpensOn, i.id")
	List<Inspection> findForEnterprise(long enterpriseId);

	@Query("select distinct i from Inspection i left join fetch i.materials where i.reviewOrgId = ?1 "
			+ "order by i.submittedAt desc nulls last, i.id desc")
	List<Inspection> findForReviewOrg(long reviewOrgId);

	@Query("select distinct i from Inspection i left join fetch i.materials where i.reviewOrgId = ?1 and i.status = ?2 "
			+ "order by i.submittedAt, i.id")
	List<Inspection> findForReviewOrg(long reviewOrgId, InspectionStatus status);

	/** One page of an enterprise's inspections (materials in batches, see {@link Inspection}). */
	org.springframework.data.domain.Page<Inspection> findByEnterpriseId(long enterpriseId,
			org.springframework.data.domain.Pageable page);

	org.springframework.data.domain.Page<Inspection> findByReviewOrgId(long reviewOrgId,
			org.springframework.data.domain.Pageable page);

	/**
	 * {@link #findByReviewOrgId} in its own order, the latest submission first and the unsubmitted last: written
	 * out with a {@code case} because neither a {@code Sort}'s {@code nullsLast} nor {@code nulls last} here
	 * reached the SQL (both databases put nulls first when descending).
	 */
	@Query(value = "select i from Inspection i where i.reviewOrgId = ?1 order by "
			+ "case when i.submittedAt is null then 1 else 0 end, i.submittedAt desc, i.id desc",
			countQuery = "select count(i) from Inspection i where i.reviewOrgId = ?1")
	org.springframework.data.domain.Page<Inspection> pageForReviewOrg(long reviewOrgId,
			org.springframework.data.domain.Pageable page);

	org.springframework.data.domain.Page<Inspection> findByReviewOrgIdAndStatus(long reviewOrgId,
			InspectionStatus status, org.springframework.data.domain.Pageable page);

	/** Windows that have opened (and not yet closed) for inspections still UPCOMING of valid certificates. */
	@Query("select i.id from Inspection i where i.status = org.cciais.platform.inspection.InspectionStatus.UPCOMING "
			+ "and i.certificateValid = true and i.windowOpensOn <= ?1 and i.windowClosesOn >= ?1 order by i.id")
	List<Long> findOpeningOn(LocalDate today);

	/** Open, unsubmitted inspections whose window closes within the first reminder's horizon. */
	@Query("select i.id from Inspection i where i.status = org.cciais.platform.inspection.InspectionStatus.OPEN "
			+ "and i.windowClosesOn >= ?1 and i.windowClosesOn <= ?2 and i.reminder3SentAt is null order by i.id")
	List<Long> findClosingBetween(LocalDate today, LocalDate horizon);

	/**
	 * The certificate is no longer valid: flags its inspections in one statement (with a new version, so that a
	 * transaction holding an older copy fails rather than writing the flag back).
	 */
	@Modifying
	@Query("update Inspection i set i.certificateValid = false, i.version = i.version + 1, i.updatedAt = ?2 "
			+ "where i.certificateId = ?1 and i.certificateValid = true")
	int markCertificateNoLongerValid(long certificateId, Instant at);

	/** Windows closed before today without a submission. */
	@Query("select i.id from Inspection i where i.windowClosesOn < ?1 and (i.status = "
			+ "org.cciais.platform.inspection.InspectionStatus.OPEN or (i.status = "
			+ "org.cciais.platform.inspection.InspectionStatus.UPCOMING and i.certificateValid = true)) order by i.id")
	List<Long> findLapsedBy(LocalDate today);
}
