package org.cciais.platform.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.AuditRecords;
import org.cciais.platform.shared.web.ClientAddress;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores audit records synchronously, in the publisher's transaction: no state change without its record. */
@Component
class AuditRecorder {

	private final AuditEntries entries;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	AuditRecorder(AuditEntries entries, JdbcTemplate jdbc, Clock clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	void on(AuditRecord record) {
		entries.save(new AuditEntry(clock.instant(), record.actor(), record.role(), record.action(),
				record.objectType(), truncate(record.objectId(), 64), truncate(record.detail(), 2000),
				ClientAddress.current()));
	}

	/** A batch: the same entries as one {@link #on(AuditRecord)} each, in one JDBC batch. */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	void on(AuditRecords batch) {
		OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
		String address = ClientAddress.current();
		jdbc.batchUpdate("insert into audit_log (occurred_at, actor, role, action, object_type, object_id, detail,"
				+ " remote_addr) values (?, ?, ?, ?, ?, ?, ?, ?)", batch.records(), 500, (ps, r) -> {
					ps.setObject(1, at);
					ps.setString(2, r.actor());
					ps.setString(3, r.role() == null ? null : r.role().name());
					ps.setString(4, r.action());
					ps.setString(5, r.objectType());
					ps.setString(6, truncate(r.objectId(), 64));
					ps.setString(7, truncate(r.detail(), 2000));
					ps.setString(8, address);
				});
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
