package org.cciais.platform.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many applications at once, written straight into the table (no history, no materials), for list tests that need
 * more rows than a page; {@link #delete} removes them again so that other tests' lists stay as they were.
 */
public final class ApplicationRows {

	/** One seeded row; timestamps as given (JDBC gets {@link Timestamp}, which both databases accept). */
	public record Row(String enterpriseName, String status, Instant submittedAt, Instant updatedAt,
			Instant materialsDueAt) {
	}

	private ApplicationRows() {
	}

	public static void insert(JdbcTemplate jdbc, long enterpriseId, long reviewOrgId, List<Row> rows) {
		List<Object[]> args = new ArrayList<>();
		for (Row r : rows) {
			args.add(new Object[] { enterpriseId, r.enterpriseName(), r.status(), reviewOrgId,
					Timestamp.from(r.submittedAt()), r.materialsDueAt() == null ? null : Timestamp.from(r.materialsDueAt()),
					Timestamp.from(r.updatedAt()) });
		}
		jdbc.batchUpdate("insert into qualification_applications (enterprise_id, enterprise_name, region_code, "
				+ "industry, level, status, review_org_id, submitted_at, materials_due_at, updated_at, version) "
				+ "values (?, ?, '110000', 'GOVERNMENT', 'LEVEL_3', ?, ?, ?, ?, ?, 0)", args);
	}

	public static void delete(JdbcTemplate jdbc, long enterpriseId) {
		jdbc.update("delete from application_history where application_id in "
				+ "(select id from qualification_applications where enterprise_id = ?)", enterpriseId);
		jdbc.update("delete from qualification_applications where enterprise_id = ?", enterpriseId);
	}
}
