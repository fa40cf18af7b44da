package org.cciais.platform.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/*
 * Read and done marks are written with targeted UPDATE statements rather than by saving entities: the recipient
 * opening an item and a listener closing it may run at the same moment, and neither may undo the other's mark.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findTop200ByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	Optional<Notification> findByIdAndAccountId(long id, long accountId);

	List<Notification> findByRefKeyAndDoneAtIsNull(String refKey);

	List<Notification> findByTopicAndActionRequiredTrueAndDoneAtIsNull(String topic);

	List<Notification> findByTopicInAndActionRequiredTrueAndDoneAtIsNull(Collection<String> topics);

	boolean existsByRefKeyAndAccountId(String refKey, long accountId);

	long countByAccountIdAndActionRequiredTrueAndDoneAtIsNull(long accountId);

	org.springframework.data.domain.Page<Notification> findByAccountId(long accountId,
			org.springframework.data.domain.Pageable page);

	void deleteByAccountId(long accountId);

	@Modifying(flushAutomatically = true)
	@Query("update Notification n set n.readAt = :at where n.id = :id and n.accountId = :accountId and n.readAt is null")
	int markRead(long id, long accountId, Instant at);

	@Modifying(flushAutomatically = true)
	@Query("update Notification n set n.readAt = :at where n.accountId = :accountId and n.readAt is null")
	int markAllRead(long accountId, Instant at);

	@Modifying(flushAutomatically = true)
	// A settled to-do is read too: it never shows 已处理 and 未读 at once.
	@Query("update Notification n set n.doneAt = :at, n.readAt = coalesce(n.readAt, :at) where n.id in :ids"
			+ " and n.doneAt is null")
	int markDone(Collection<Long> ids, Instant at);
}
