package org.cciais.platform.audit;

import java.time.Instant;
import java.util.List;

import org.cciais.platform.audit.internal.AuditEntries;
import org.cciais.platform.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the audit log, for the ADMIN search page and for tests. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

	public record Entry(long id, Instant occurredAt, String actor, Role role, String action, String objectType,
			String objectId, String detail, String remoteAddr) {
	}

	private final AuditEntries entries;

	AuditQueries(AuditEntries entries) {
		this.entries = entries;
	}

	public List<Entry> search(String actor, String action, String objectType, String objectId, int limit) {
		return entries.search(blankToNull(actor), blankToNull(action), blankToNull(objectType), blankToNull(objectId),
				PageRequest.of(0, Math.max(1, Math.min(limit, 1000))))
			.stream()
			.map(e -> new Entry(e.getId(), e.getOccurredAt(), e.getActor(), e.getRole(), e.getAction(),
					e.getObjectType(), e.getObjectId(), e.getDetail(), e.getRemoteAddr()))
			.toList();
	}

	public List<Entry> forObject(String objectType, Object objectId) {
		return search(null, null, objectType, String.valueOf(objectId), 1000);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
