package org.cciais.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 操作日志 at the size years of use give it: a filter keeping 10,000 entries or more has its total counted once
 * and reused by the next pages for a few seconds (the log only grows), while the entries shown are always read
 * afresh; a smaller total is counted exactly on every page. Each test's entries are rolled back with it, so the
 * other classes sharing the database never see them among the newest.
 */
@Transactional
class AuditLogTotalsTests extends PlatformTest {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

	@Autowired
	AuditQueries audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLargeTotalIsReusedByTheNextPageWhileItsEntriesAreReadAfresh() {
		String type = unique("big");
		insert(type, 10_000, "2026-06-01T08:00:00Z");
		AuditFilter filter = new AuditFilter(null, null, null, type, null, null, null);

		Page<AuditQueries.Entry> first = audit.page(filter, PageRequest.of(0, 20, NEWEST_FIRST));
		assertThat(first.getTotalElements()).isEqualTo(10_000);

		insert(type, 1, "2026-06-02T08:00:00Z");
		Page<AuditQueries.Entry> again = audit.page(filter, PageRequest.of(0, 20, NEWEST_FIRST));
		assertThat(again.getTotalElements()).as("the total of the last page, reused").isEqualTo(10_000);
		assertThat(again.getContent().get(0).occurredAt()).as("the newest entry is shown at once")
			.isEqualTo(Instant.parse("2026-06-02T08:00:00Z"));
	}

	@Test
	void aSmallTotalIsCountedOnEveryPage() {
		String type = unique("small");
		insert(type, 30, "2026-06-01T08:00:00Z");
		AuditFilter filter = new AuditFilter(null, null, null, type, null, null, null);
		assertThat(audit.page(filter, PageRequest.of(0, 20)).getTotalElements()).isEqualTo(30);

		insert(type, 1, "2026-06-02T08:00:00Z");
		assertThat(audit.page(filter, PageRequest.of(0, 20)).getTotalElements()).isEqualTo(31);
		assertThat(audit.page(filter, PageRequest.of(1, 20)).getContent()).hasSize(11);
	}

	private void insert(String objectType, int rows, String at) {
		jdbc.batchUpdate("insert into audit_log (occurred_at, actor, role, action, object_type, object_id, detail)"
				+ " values (?, 'admin', 'ADMIN', 'test.totals', ?, ?, null)",
				Collections.nCopies(rows, new Object[] { Timestamp.from(Instant.parse(at)), objectType, "1" }));
	}
}
