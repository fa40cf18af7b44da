package org.cciais.platform.audit.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Append-only: save and read, no update or delete. Entries are kept at least six months (等保 2.0 asks for it) and in
 * fact for ever: nothing here or anywhere deletes them. An archiving job, if one is ever added, copies old entries
 * elsewhere first and belongs beside this repository; it must never drop rows silently.
 */
public interface AuditEntries extends Repository<AuditEntry, Long>, AuditSearch {

	AuditEntry save(AuditEntry entry);

	java.util.Optional<AuditEntry> findById(Long id);

	List<AuditEntry> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);

	List<AuditEntry> findByActionOrderByIdAsc(String action);

	@Query("""
			select e from AuditEntry e
			where (:actor is null or e.actor = :actor)
			  and (:action is null or e.action like concat(cast(:action as String), '%'))
			  and (:objectType is null or e.objectType = :objectType)
			  and (:objectId is null or e.objectId = :objectId)
			order by e.id desc""")
	List<AuditEntry> search(String actor, String action, String objectType, String objectId, Pageable page);

	long count();
}
