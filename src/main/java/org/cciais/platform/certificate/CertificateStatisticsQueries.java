package org.cciais.platform.certificate;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 数据统计 figures of the certificates as they stand now: GROUP BY status and industry, status and level. */
@Service
@Transactional(readOnly = true)
public class CertificateStatisticsQueries {

	/** How many certificates of one status fall in one group (an industry or a level). */
	public record Count(String status, String key, long count) {
	}

	private final JdbcClient jdbc;

	CertificateStatisticsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Count> byStatusAndIndustry() {
		return grouped("industry");
	}

	public List<Count> byStatusAndLevel() {
		return grouped("level");
	}

	private List<Count> grouped(String column) {
		return jdbc.sql("select status, " + column + ", count(*) from certificates group by status, " + column)
			.query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}
}
