package org.cciais.platform.audit.internal;

import java.time.Clock;

import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.web.ClientAddress;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores audit records synchronously, in the publisher's transaction: no state change without its record. */
@Component
class AuditRecorder {

	private final AuditEntries entries;
	private final Clock clock;

	AuditRecorder(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	void on(AuditRecord record) {
		entries.save(new AuditEntry(clock.instant(), record.actor(), record.role(), record.action(),
				record.objectType(), truncate(record.objectId(), 64), truncate(record.detail(), 2000),
				ClientAddress.current()));
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
