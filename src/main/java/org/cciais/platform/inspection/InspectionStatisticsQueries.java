package org.cciais.platform.inspection;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 数据统计: the annual inspections of one month, three COUNT queries. */
@Service
@Transactional(readOnly = true)
public class InspectionStatisticsQueries {

	/**
	 * @param due windows closing in the month (the inspections that must be submitted by then)
	 * @param submitted inspections submitted (first time or after rectification) in the month
	 * @param missed inspections marked MISSED (window closed unsubmitted) in the month
	 */
	public record Month(long due, long submitted, long missed) {
	}

	private final JdbcClient jdbc;

	InspectionStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code firstDay} inclusive to {@code nextFirstDay} exclusive; the instants are the same bounds in Beijing. */
	public Month month(LocalDate firstDay, LocalDate nextFirstDay, Instant start, Instant end) {
		long due = count("select count(*) from inspections where window_closes_on >= ? and window_closes_on < ?",
				firstDay, nextFirstDay);
		long submitted = count("select count(*) from inspections where submitted_at >= ? and submitted_at < ?",
				start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC));
		long missed = count("select count(*) from inspections where status = 'MISSED' and decided_at >= ?"
				+ " and decided_at < ?", start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC));
		return new Month(due, submitted, missed);
	}

	private long count(String sql, Object from, Object to) {
		Long n = jdbc.sql(sql).params(from, to).query(Long.class).single();
		return n == null ? 0 : n;
	}
}
