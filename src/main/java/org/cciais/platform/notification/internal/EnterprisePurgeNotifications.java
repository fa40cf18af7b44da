package org.cciais.platform.notification.internal;

import org.cciais.platform.enterprise.EnterprisePurged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A purged registration leaves no to-dos behind (its accounts are gone). */
@Component
class EnterprisePurgeNotifications {

	private final NotificationRepository repository;

	EnterprisePurgeNotifications(NotificationRepository repository) {
		this.repository = repository;
	}

	@ApplicationModuleListener
	void on(EnterprisePurged event) {
		event.accountIds().forEach(repository::deleteByAccountId);
	}
}
