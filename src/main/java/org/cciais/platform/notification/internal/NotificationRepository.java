package org.cciais.platform.notification.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findTop200ByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	List<Notification> findByRefKeyAndDoneAtIsNull(String refKey);

	boolean existsByRefKeyAndAccountId(String refKey, long accountId);

	long countByAccountIdAndReadAtIsNull(long accountId);

	void deleteByAccountId(long accountId);
}
