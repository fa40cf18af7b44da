package org.cciais.platform.enterprise.internal;

import java.util.List;
import java.util.UUID;

import org.cciais.platform.enterprise.ChangeStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnterpriseChanges extends JpaRepository<EnterpriseChange, Long> {

	List<EnterpriseChange> findByEnterpriseIdOrderBySubmittedAtDescIdDesc(long enterpriseId);

	List<EnterpriseChange> findByEnterpriseIdAndStatusOrderByDecidedAtDescIdDesc(long enterpriseId,
			ChangeStatus status);

	/** The admin's list in its own order: the waiting ones first, then the newest. */
	@Query(value = "select c from EnterpriseChange c order by case when c.status = "
			+ "org.cciais.platform.enterprise.ChangeStatus.SUBMITTED then 0 else 1 end, c.submittedAt desc, c.id desc",
			countQuery = "select count(c) from EnterpriseChange c")
	org.springframework.data.domain.Page<EnterpriseChange> pageForReview(org.springframework.data.domain.Pageable page);

	org.springframework.data.domain.Page<EnterpriseChange> findByEnterpriseId(long enterpriseId,
			org.springframework.data.domain.Pageable page);

	@Query("select count(c) > 0 from EnterpriseChange c where c.enterpriseId = ?1 and (c.proofFileId = ?2 or c.licenceFileId = ?2)")
	boolean ownsFile(long enterpriseId, UUID fileId);
}
