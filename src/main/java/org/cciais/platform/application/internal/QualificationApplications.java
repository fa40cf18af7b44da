package org.cciais.platform.application.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cciais.platform.application.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QualificationApplications
		extends JpaRepository<QualificationApplication, Long>, JpaSpecificationExecutor<QualificationApplication> {

	List<QualificationApplication> findByEnterpriseIdAndOpenIndustryIsNotNull(long enterpriseId);

	boolean existsByEnterpriseIdAndReviewOrgIdAndOpenIndustryIsNotNull(long enterpriseId, long reviewOrgId);

	@Query("select a from QualificationApplication a where a.status = :status and a.materialsDueAt >= :from "
			+ "and a.materialsDueAt < :to order by a.materialsDueAt")
	List<QualificationApplication> findDueBetween(@Param("status") ApplicationStatus status,
			@Param("from") Instant from, @Param("to") Instant to);

	@Query("select distinct m.application.id from MaterialFile m where m.fileId = :fileId")
	List<Long> idsByMaterialFile(@Param("fileId") UUID fileId);

	@Query("select distinct r.application.id from RectificationUpload r where r.fileId = :fileId")
	List<Long> idsByRectificationFile(@Param("fileId") UUID fileId);

	@Query("select distinct r.application.id from ReviewReport r where r.fileId = :fileId")
	List<Long> idsByReportFile(@Param("fileId") UUID fileId);

	@Query("select count(h) > 0 from HistoryEntry h where h.application.id = :applicationId "
			+ "and h.reportFileId = :fileId")
	boolean reportIsAttached(@Param("applicationId") long applicationId, @Param("fileId") UUID fileId);

	List<QualificationApplication> findByIdIn(Collection<Long> ids);

	/** Per reviewer of the review organisation: [reviewer account id, open cases]. */
	@Query("select a.reviewerAccountId, count(a) from QualificationApplication a where a.reviewOrgId = :org "
			+ "and a.reviewerAccountId is not null and a.closedAt is null group by a.reviewerAccountId")
	List<Object[]> openCasesByReviewer(@Param("org") long reviewOrgId);
}
