package org.cciais.platform.audit.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.cciais.platform.audit.AuditFilter;
import org.cciais.platform.shared.ListTotals;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Criteria built from the filters given only (no {@code :x is null or …} parameters, whose types PostgreSQL cannot
 * infer), one query for the page and one for the total (skipped where the page itself tells it, reused a few seconds
 * where it is large: {@link ListTotals}).
 */
class AuditSearchImpl implements AuditSearch {

	private final EntityManager em;

	private final ListTotals totals;

	AuditSearchImpl(EntityManager em, ListTotals totals) {
		this.em = em;
		this.totals = totals;
	}

	@Override
	public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
		Root<AuditEntry> root = query.from(AuditEntry.class);
		query.select(root).where(predicates(filter, root, cb)).orderBy(QueryUtils.toOrders(pageable.getSort(), root, cb));
		List<AuditEntry> content = em.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<AuditEntry> counted = count.from(AuditEntry.class);
		count.select(cb.count(counted)).where(predicates(filter, counted, cb));
		// the log only grows: a total of 10,000 entries or more is reused for a few seconds by the next page of the
		// same filter (ListTotals), the entries themselves are always read afresh
		return PageableExecutionUtils.getPage(content, pageable,
				() -> totals.count(List.of("audit", filter), () -> em.createQuery(count).getSingleResult()));
	}

	private static Predicate[] predicates(AuditFilter f, Root<AuditEntry> root, CriteriaBuilder cb) {
		List<Predicate> predicates = new ArrayList<>();
		if (f.actor() != null) {
			predicates.add(cb.equal(root.get("actor"), f.actor()));
		}
		if (f.role() != null) {
			predicates.add(cb.equal(root.get("role"), f.role()));
		}
		if (f.action() != null) {
			// a prefix, as the search always was: account. (the module), account.password (a family) or one action
			predicates.add(cb.like(root.get("action"), escape(f.action()) + "%", '\\'));
		}
		if (f.objectType() != null) {
			predicates.add(cb.equal(root.get("objectType"), f.objectType()));
		}
		if (f.objectId() != null) {
			predicates.add(cb.equal(root.get("objectId"), f.objectId()));
		}
		if (f.from() != null) {
			predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), f.from()));
		}
		if (f.to() != null) {
			predicates.add(cb.lessThan(root.get("occurredAt"), f.to()));
		}
		return predicates.toArray(Predicate[]::new);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
