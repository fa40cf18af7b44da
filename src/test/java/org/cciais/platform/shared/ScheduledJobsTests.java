package org.cciais.platform.shared;

import java.lang.reflect.Method;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 定时任务: every job listed with its schedule, run now by ADMIN, and each run logged once across nodes. */
class ScheduledJobsTests extends PlatformTest {

	@Autowired
	JdbcClient jdbc;

	private long runsOf(String name) {
		return jdbc.sql("select count(*) from job_runs where job_name = :n").param("n", name).query(Long.class).single();
	}

	private void scheduledRun(String name) throws Exception {
		DeadlineJob job = deadlineJobs.stream().filter(j -> JobRunLog.nameOf(j).equals(name)).findFirst().orElseThrow();
		Method scheduled = job.getClass().getMethod("scheduled");
		scheduled.setAccessible(true);
		scheduled.invoke(job);
	}

	@Test
	void listsEveryJobWithItsScheduleInWordsAndItsNextRun() throws Exception {
		JsonNode jobs = read(mvc.perform(bearer(get("/api/v1/admin/jobs"), token("admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(jobs).extracting(j -> j.get("name").asString())
			.containsExactly("registration-purge", "application-materials-deadline", "inspection-deadlines", "certificate-expiry",
					"notification-materials-reminder", "notification-purge-reminder", "notification-renewal-reminder");
		for (JsonNode job : jobs) {
			assertThat(job.get("nextRunAt").asString()).isNotBlank();
			if (job.get("name").asString().equals("certificate-expiry")) {
				assertThat(job.get("cron").asString()).isEqualTo("0 5 * * * *");
				assertThat(job.get("schedule").asString()).isEqualTo("每小时第 5 分");
			}
			if (job.get("name").asString().equals("application-materials-deadline")) {
				assertThat(job.get("schedule").asString()).isEqualTo("每 5 分钟");
			}
		}
	}

	@Test
	void theScheduleFollowsTheApiReadersLanguage() throws Exception {
		mvc.perform(bearer(get("/api/v1/admin/jobs"), token("admin")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'certificate-expiry')].schedule").value("Hourly at minute 5"));
	}

	@Test
	void runNowLogsOneManualRunWithItsItems() throws Exception {
		long before = runsOf("certificate-expiry");
		mvc.perform(bearer(post("/api/v1/admin/jobs/certificate-expiry/run"), token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("SUCCESS"))
			.andExpect(jsonPath("$.trigger").value("MANUAL"))
			.andExpect(jsonPath("$.triggeredBy").value("admin"))
			.andExpect(jsonPath("$.items").isNumber());
		assertThat(runsOf("certificate-expiry")).isEqualTo(before + 1);
		mvc.perform(bearer(get("/api/v1/admin/jobs/certificate-expiry"), token("admin")))
			.andExpect(jsonPath("$.lastRun.trigger").value("MANUAL"));
		mvc.perform(bearer(post("/api/v1/admin/jobs/no-such-job/run"), token("admin"))).andExpect(status().isNotFound());
		mvc.perform(bearer(post("/api/v1/admin/jobs/certificate-expiry/run"), token(account(Role.EXPERT, null).username())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRunHeldByAnotherNodeIsNeitherRepeatedNorLoggedTwice() throws Exception {
		String name = "registration-purge";
		jdbc.sql("delete from shedlock where name = :n").param("n", name).update();
		jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (:n, :until, :at, 'node-2')")
			.param("n", name)
			.param("until", java.sql.Timestamp.valueOf("2999-01-01 00:00:00"))
			.param("at", java.sql.Timestamp.valueOf("2026-01-01 00:00:00"))
			.update();
		try {
			long before = runsOf(name);
			scheduledRun(name);
			assertThat(runsOf(name)).isEqualTo(before);
			mvc.perform(bearer(post("/api/v1/admin/jobs/" + name + "/run"), token("admin")))
				.andExpect(status().isConflict())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("正在执行")));
			assertThat(runsOf(name)).isEqualTo(before);
		}
		finally {
			// released as ShedLock releases: the row stays, its time runs out
			jdbc.sql("update shedlock set lock_until = :past where name = :n")
				.param("past", java.sql.Timestamp.valueOf("2000-01-01 00:00:00"))
				.param("n", name)
				.update();
		}
		long before = runsOf(name);
		scheduledRun(name);
		assertThat(runsOf(name)).isEqualTo(before + 1);
		assertThat(jdbc.sql("select run_trigger from job_runs where job_name = :n order by id desc")
			.param("n", name).query(String.class).list().get(0)).isEqualTo("SCHEDULE");
	}

	@Test
	void thePagesShowTheJobsAndTheirRunLog() throws Exception {
		var admin = org.cciais.platform.testing.PageSessions.login(mvc, "admin", "admin-test-pass-1");
		mvc.perform(get("/admin/jobs").cookie(admin)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("证书到期")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("每 5 分钟")));
		mvc.perform(post("/admin/jobs/certificate-expiry/run").cookie(admin)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/jobs/certificate-expiry").cookie(admin)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("手动（admin）")));
	}
}
