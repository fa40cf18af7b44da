package org.cciais.platform.audit;

import java.time.Instant;
import java.util.List;

import org.cciais.platform.audit.internal.AuditEntries;
import java.util.Optional;

import org.cciais.platform.audit.internal.AuditEntry;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the audit log, for the ADMIN search page and for tests. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

	public record Entry(long id, Instant occurredAt, String actor, Role role, String action, String objectType,
			String objectId, String detail, String remoteAddr) {
	}

	/** Sortable columns of the 操作日志; unsorted, newest first (by id, the order of writing). */
	public static final Sortable SORT = Sortable.by(Sort.by(Sort.Direction.DESC, "id"))
		.field("occurredAt")
		.field("actor")
		.field("role")
		.field("action")
		.field("objectType")
		.shownAs("occurredAt", Sort.Direction.DESC);

	private final AuditEntries entries;

	AuditQueries(AuditEntries entries) {
		this.entries = entries;
	}

	public List<Entry> search(String actor, String action, String objectType, String objectId, int limit) {
		return entries.search(blankToNull(actor), blankToNull(action), blankToNull(objectType), blankToNull(objectId),
				PageRequest.of(0, Math.max(1, Math.min(limit, 1000))))
			.stream()
			.map(AuditQueries::entry)
			.toList();
	}

	/** One page of the 操作日志, filtered and sorted in the database (see {@link #SORT}). */
	public Page<Entry> page(AuditFilter filter, Pageable pageable) {
		AuditFilter f = filter == null ? AuditFilter.ALL : filter;
		return entries.search(new AuditFilter(blankToNull(f.actor()), f.role(), blankToNull(f.action()),
				blankToNull(f.objectType()), blankToNull(f.objectId()), f.from(), f.to()), pageable)
			.map(AuditQueries::entry);
	}

	public Optional<Entry> find(long id) {
		return entries.findById(id).map(AuditQueries::entry);
	}

	private static Entry entry(AuditEntry e) {
		return new Entry(e.getId(), e.getOccurredAt(), e.getActor(), e.getRole(), e.getAction(), e.getObjectType(),
				e.getObjectId(), e.getDetail(), e.getRemoteAddr());
	}

	public List<Entry> forObject(String objectType, Object objectId) {
		return search(null, null, objectType, String.valueOf(objectId), 1000);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
