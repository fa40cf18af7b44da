package org.cciais.platform.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.cciais.platform.shared.Industry;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApplicationTracks extends JpaRepository<ApplicationTrack, Long> {

	/**
	 * Locks the applications' rows in the order of their ids, so that the steps of one application are applied one
	 * after the other and two batches wait for each other instead of deadlocking.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from ApplicationTrack t where t.applicationId in :applicationIds order by t.applicationId")
	List<ApplicationTrack> lockAll(Collection<Long> applicationIds);

	/** Has the enterprise an open application in the industry (a renewal or upgrade under way)? */
	boolean existsByEnterpriseIdAndIndustryAndClosedFalse(long enterpriseId, Industry industry);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<ApplicationTrack> findByRemindAtLessThanEqualOrderByRemindAt(Instant now, Limit limit);
}
