package org.cciais.platform.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled deadline jobs run once per cluster: each holds a ShedLock row while it runs, marked with this node's
 * name ({@code cciais.node-name}, default the host name; give each node on one host its own). A node killed in the
 * middle of a job keeps its lock until {@code lockAtMostFor} ends; when it starts again it first releases the locks
 * that still carry its name, since nothing of the old process runs any more, so that the job catches up at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

	@Bean
	@DependsOnDatabaseInitialization
	LockProvider lockProvider(DataSource dataSource, @Value("${cciais.node-name:}") String nodeName) {
		String node = nodeName.isBlank() ? JobRunLog.hostName() : nodeName;
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		int released = jdbc.update("update shedlock set lock_until = locked_at where locked_by = ?", node);
		if (released > 0) {
			log.info("Released {} job lock(s) left by this node ({}) before its restart", released, node);
		}
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbc)
			.withLockedByValue(node)
			.usingDbTime()
			.build());
	}
}
