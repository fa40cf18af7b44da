package org.cciais.platform.certificate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.cciais.platform.testing.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * V293 and V294 on the rows of a status history from before them: the platform's own words in exactly their old form become
 * their key and arguments, what a person typed stays in {@code reason}, any other text is left as it was. On a fresh
 * H2 database, or a fresh schema of {@code TEST_DATASOURCE_URL}'s PostgreSQL.
 */
class CertificateHistoryMigrationTests {

	@Test
	void turnsTheOldChineseWordsIntoKeysAndKeepsWhatWasTypedAndAnythingElse() {
		DriverManagerDataSource db = database();
		flyway(db).target("292").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(db);
		jdbc.update("insert into certificates (id, number, application_id, enterprise_id, industry, level, status, "
				+ "issued_on, expires_on, review_org_id, enterprise_name, registered_address, credit_code, founded_on, "
				+ "legal_representative, registered_capital, unit_type, created_at, version) values (1, "
				+ "'MIITCCCAIS-000001', 1, 1, 'FINANCE', 'LEVEL_3', 'INVALID', date '2016-07-20', date '2019-07-20', "
				+ "1, '测试有限公司', '北京市', '91110000000000000X', date '2010-01-01', '张三', 100, '有限责任公司', "
				+ "timestamp with time zone '2016-07-20 10:00:00+08', 0)");
		for (String[] row : new String[][] { { "VALID", "颁发证书" }, { "EXPIRED", "有效期已满三年" },
				{ "REPLACED", "已换发新证书 MIITCCCAIS-000077" }, { "INVALID", "协会撤销：材料造假" },
				{ "CANCELLED", "企业申请注销：停止该业务" }, { "INVALID", "未在规定时间内提交年检（2017-07-01 至 2017-08-31）" },
				{ "SUSPENDED", "被投诉，调查期间暂停" }, { "INVALID", "协会撤销资质" }, { "VALID", null } }) {
			jdbc.update("insert into certificate_status_history (certificate_id, status, reason, actor, changed_at) "
					+ "values (1, ?, ?, 'system', timestamp with time zone '2017-09-01 00:00:00+08')", row[0], row[1]);
		}

		flyway(db).load().migrate();

		List<Map<String, Object>> rows = jdbc
			.queryForList("select record_key, record_args, reason from certificate_status_history order by id");
		assertThat(rows).extracting(r -> r.get("record_key"), r -> r.get("record_args"), r -> r.get("reason"))
			.containsExactly(
					tuple("certificate.record.issued", "", null),
					tuple("certificate.record.expired", "", null),
					tuple("certificate.record.replaced", "MIITCCCAIS-000077", null),
					tuple("certificate.record.revoked", "", "材料造假"),
					tuple("certificate.record.cancelRequested", "", "停止该业务"),
					tuple("certificate.record.inspectionMissed",
							"2017-07-01\u001F2017-08-31", null),
					tuple(null, null, "被投诉，调查期间暂停"),
					tuple(null, null, "协会撤销资质"),
					tuple(null, null, null));
	}

	/** V294: a certificate's current reason gets the key and all the arguments of its latest history entry. */
	@Test
	void givesEachCertificateTheWordsOfItsLatestEntry() {
		DriverManagerDataSource db = database();
		flyway(db).target("292").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(db);
		Object[][] certificates = { { 2, "INVALID", "协会撤销：材料造假", new String[] { "VALID", "颁发证书", "INVALID", "协会撤销：材料造假" } },
				{ 3, "INVALID", "未在规定时间内提交年检（2017-07-01 至 2017-08-31）",
						new String[] { "VALID", "颁发证书", "INVALID", "未在规定时间内提交年检（2017-07-01 至 2017-08-31）" } },
				{ 4, "REPLACED", "已换发新证书 MIITCCCAIS-000077",
						new String[] { "VALID", "颁发证书", "REPLACED", "已换发新证书 MIITCCCAIS-000077" } },
				{ 5, "SUSPENDED", "被投诉，调查期间暂停", new String[] { "VALID", "颁发证书", "SUSPENDED", "被投诉，调查期间暂停" } },
				{ 6, "VALID", null, new String[] { "VALID", "颁发证书" } } };
		for (Object[] c : certificates) {
			jdbc.update("insert into certificates (id, number, application_id, enterprise_id, industry, level, status, "
					+ "invalid_reason, issued_on, expires_on, review_org_id, enterprise_name, registered_address, "
					+ "credit_code, founded_on, legal_representative, registered_capital, unit_type, created_at, version) "
					+ "values (?, ?, ?, ?, 'FINANCE', 'LEVEL_3', ?, ?, date '2016-07-20', date '2019-07-20', 1, "
					+ "'测试有限公司', '北京市', '91110000000000000X', date '2010-01-01', '张三', 100, '有限责任公司', "
					+ "timestamp with time zone '2016-07-20 10:00:00+08', 0)", c[0], "MIITCCCAIS-00000" + c[0], c[0], c[0], c[1],
					c[2]);
			String[] history = (String[]) c[3];
			for (int i = 0; i < history.length; i += 2) {
				jdbc.update("insert into certificate_status_history (certificate_id, status, reason, actor, changed_at) "
						+ "values (?, ?, ?, 'system', timestamp with time zone '2017-09-01 00:00:00+08')", c[0],
						history[i], history[i + 1]);
			}
		}

		flyway(db).load().migrate();

		assertThat(jdbc.queryForList("select invalid_reason_key, invalid_reason_args, invalid_reason from certificates "
				+ "where id between 2 and 6 order by id"))
			.extracting(r -> r.get("invalid_reason_key"), r -> r.get("invalid_reason_args"), r -> r.get("invalid_reason"))
			.containsExactly(tuple("certificate.record.revoked", "材料造假", "协会撤销：材料造假"),
					tuple("certificate.record.inspectionMissed", "2017-07-01\u001F2017-08-31",
							"未在规定时间内提交年检（2017-07-01 至 2017-08-31）"),
					tuple("certificate.record.replaced", "MIITCCCAIS-000077", "已换发新证书 MIITCCCAIS-000077"),
					tuple(null, null, "被投诉，调查期间暂停"),
					tuple(null, null, null));
	}

	private final Map<String, Object> database = TestDatabaseInitializer
		.properties("m_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36), null);

	private DriverManagerDataSource database() {
		return new DriverManagerDataSource((String) database.get("spring.datasource.url"),
				(String) database.get("spring.datasource.username"), (String) database.get("spring.datasource.password"));
	}

	/** In PostgreSQL, a schema of its own; H2's database is its own already. */
	private FluentConfiguration flyway(DriverManagerDataSource db) {
		var flyway = Flyway.configure().dataSource(db);
		return database.containsKey("spring.flyway.schemas")
				? flyway.schemas((String) database.get("spring.flyway.schemas")) : flyway;
	}
}
