package org.cciais.platform.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据统计 figures of the applications, each one GROUP BY query in the database (portable SQL: H2 and PostgreSQL).
 * Ranges are half-open: {@code from <= submitted_at < to}.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationStatisticsQueries {

	/** One group and how many applications fall in it. */
	public record Count(String key, long count) {
	}

	/** Applications submitted on one (database) day. */
	public record DayCount(LocalDate day, long count) {
	}

	/**
	 * Applications of one review organisation whose acceptance and 评审机构确认 fell on these days: the durations are
	 * grouped in SQL, the median is taken from these groups in Java (no portable SQL median).
	 */
	public record ReviewDuration(long reviewOrgId, LocalDate acceptedOn, LocalDate confirmedOn, long count) {
	}

	private final JdbcClient jdbc;

	ApplicationStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Count> byStatus(Instant from, Instant to) {
		return grouped("status", from, to);
	}

	public List<Count> byIndustry(Instant from, Instant to) {
		return grouped("industry", from, to);
	}

	/** By the enterprise's region code; the catalog maps regions to region groups. */
	public List<Count> byRegion(Instant from, Instant to) {
		return grouped("region_code", from, to);
	}

	public List<DayCount> bySubmissionDay(Instant from, Instant to) {
		return jdbc.sql("select cast(submitted_at as date) d, count(*) from qualification_applications"
				+ " where submitted_at >= ? and submitted_at < ? group by cast(submitted_at as date) order by d")
			.params(utc(from), utc(to))
			.query((rs, i) -> new DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)))
			.list();
	}

	/**
	 * From the (latest) acceptance to the review organisation's confirmation ({@code org-confirm} in the history,
	 * ORG_CONFIRMATION → FINAL_REVIEW), for confirmations in the range.
	 */
	public List<ReviewDuration> reviewDurations(Instant from, Instant to) {
		return jdbc.sql("select a.review_org_id, cast(a.accepted_at as date), cast(h.at as date), count(*)"
				+ " from qualification_applications a join application_history h on h.application_id = a.id"
				+ " where h.action = ? and a.accepted_at is not null and h.at >= ? and h.at < ?"
				+ " group by a.review_org_id, cast(a.accepted_at as date), cast(h.at as date)")
			.params(WorkflowAction.ORG_CONFIRM.code(), utc(from), utc(to))
			.query((rs, i) -> new ReviewDuration(rs.getLong(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getLong(4)))
			.list();
	}

	private List<Count> grouped(String column, Instant from, Instant to) {
		return jdbc.sql("select " + column + ", count(*) from qualification_applications"
				+ " where submitted_at >= ? and submitted_at < ? group by " + column + " order by " + column)
			.params(utc(from), utc(to))
			.query((rs, i) -> new Count(rs.getString(1), rs.getLong(2)))
			.list();
	}

	/** An instant as the JDBC drivers of both databases take it for a TIMESTAMP WITH TIME ZONE parameter. */
	private static java.time.OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
