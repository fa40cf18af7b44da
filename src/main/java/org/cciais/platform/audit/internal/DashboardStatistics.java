package org.cciais.platform.audit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts for the ADMIN dashboard, read straight from the tables with plain SQL: a read-only overview needs no
 * module's API, and a table some module has not created yet simply shows no numbers.
 */
@Component
public class DashboardStatistics {

	private static final Logger log = LoggerFactory.getLogger(DashboardStatistics.class);

	private final JdbcClient jdbc;

	DashboardStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long count(String sql) {
		try {
			Long n = jdbc.sql(sql).query(Long.class).single();
			return n == null ? 0 : n;
		}
		catch (DataAccessException ex) {
			log.debug("dashboard count failed: {}", ex.getMessage());
			return 0;
		}
	}

	/** {@code select key, count(*) … group by key} as an ordered map; empty when the table is missing. */
	public Map<String, Long> grouped(String sql) {
		Map<String, Long> result = new LinkedHashMap<>();
		try {
			List<Map.Entry<String, Long>> rows = jdbc.sql(sql)
				.query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
				.list();
			rows.forEach(e -> result.put(e.getKey(), e.getValue()));
		}
		catch (DataAccessException ex) {
			log.debug("dashboard grouping failed: {}", ex.getMessage());
		}
		return result;
	}
}
