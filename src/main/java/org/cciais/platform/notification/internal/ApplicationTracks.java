package org.cciais.platform.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.cciais.platform.shared.Industry;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApplicationTracks extends JpaRepository<ApplicationTrack, Long> {

	/*
	 * Two listeners for one new application may run at once; ON CONFLICT DO NOTHING (PostgreSQL, and H2 in its
	 * PostgreSQL mode) lets both go on to the row lock below instead of one failing on the primary key.
	 */
	@Modifying
	@Query(value = """
			INSERT INTO notification_applications (application_id, enterprise_id, industry, level, status, \
			last_event_at, closed) VALUES (:applicationId, :enterpriseId, :industry, :level, :status, :since, FALSE) \
			ON CONFLICT DO NOTHING""", nativeQuery = true)
	int insertIfAbsent(long applicationId, long enterpriseId, String industry, String level, String status,
			Instant since);

	/** Serialises the listeners of one application, so its steps are applied one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from ApplicationTrack t where t.applicationId = :applicationId")
	Optional<ApplicationTrack> lock(long applicationId);

	/** Has the enterprise an open application in the industry (a renewal or upgrade under way)? */
	boolean existsByEnterpriseIdAndIndustryAndClosedFalse(long enterpriseId, Industry industry);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<ApplicationTrack> findByRemindAtLessThanEqualOrderByRemindAt(Instant now, Limit limit);
}
