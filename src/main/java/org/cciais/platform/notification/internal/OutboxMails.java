package org.cciais.platform.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMails extends JpaRepository<OutboxMail, Long> {

	boolean existsByDedupKey(String dedupKey);

	Optional<OutboxMail> findByDedupKey(String dedupKey);

	@Query("select m.id from OutboxMail m where m.status = 'PENDING' and m.nextAttemptAt <= :now order by m.nextAttemptAt")
	List<Long> findDue(Instant now, Pageable page);

	org.springframework.data.domain.Page<OutboxMail> findByStatus(OutboxMail.Status status, Pageable page);

	/** Takes the row for one sending attempt; 0 when another node (or thread) has it or it is not due. */
	@Modifying
	@Query("update OutboxMail m set m.attempts = m.attempts + 1, m.nextAttemptAt = :leaseUntil "
			+ "where m.id = :id and m.status = 'PENDING' and m.nextAttemptAt <= :now")
	int claim(long id, Instant now, Instant leaseUntil);

	@Modifying
	@Query("update OutboxMail m set m.status = 'SENT', m.sentAt = :now, m.lastError = null where m.id = :id")
	int markSent(long id, Instant now);

	@Modifying
	@Query("update OutboxMail m set m.status = :status, m.nextAttemptAt = :next, m.lastError = :error where m.id = :id")
	int markFailedAttempt(long id, OutboxMail.Status status, Instant next, String error);

	@Modifying
	@Query("update OutboxMail m set m.status = 'PENDING', m.attempts = 0, m.nextAttemptAt = :now "
			+ "where m.id = :id and m.status = 'FAILED'")
	int requeueFailed(long id, Instant now);
}
