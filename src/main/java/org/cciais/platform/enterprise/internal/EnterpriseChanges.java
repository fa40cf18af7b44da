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

	@Query("select c from EnterpriseChange c order by case when c.status = org.cciais.platform.enterprise.ChangeStatus.SUBMITTED then 0 else 1 end, c.submittedAt desc, c.id desc")
	List<EnterpriseChange> findAllForReview(org.springframework.data.domain.Pageable page);

	@Query("select count(c) > 0 from EnterpriseChange c where c.enterpriseId = ?1 and (c.proofFileId = ?2 or c.licenceFileId = ?2)")
	boolean ownsFile(long enterpriseId, UUID fileId);
}
