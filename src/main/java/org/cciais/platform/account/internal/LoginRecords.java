package org.cciais.platform.account.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.cciais.platform.account.LoginResult;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LoginRecords extends JpaRepository<LoginRecord, Long>, JpaSpecificationExecutor<LoginRecord> {

	/** Newest first; every filter is optional ({@code to} is exclusive). */
	default Page<LoginRecord> search(String username, LoginResult result, Instant from, Instant to, int page,
			int size) {
		Specification<LoginRecord> spec = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (username != null) {
				where.add(cb.equal(root.get("username"), username));
			}
			if (result != null) {
				where.add(cb.equal(root.get("result"), result));
			}
			if (from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("at"), from));
			}
			if (to != null) {
				where.add(cb.lessThan(root.get("at"), to));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		return findAll(spec, PageRequest.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
	}
}
