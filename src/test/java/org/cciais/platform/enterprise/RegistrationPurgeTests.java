package org.cciais.platform.enterprise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.cciais.platform.audit.AuditQueries;
import org.cciais.platform.notification.internal.NotificationCenter;
import org.cciais.platform.storage.FileStore;
import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Manual 3.1.1: an enterprise has 7 days from registration to submit a qualification application; after that its
 * registration is cleared with its account and licence, and only the audit record remains.
 */
class RegistrationPurgeTests extends PlatformTest {

	@Autowired
	EnterpriseQueries enterprises;

	@Autowired
	FileStore files;

	@Autowired
	AuditQueries audit;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	JdbcClient jdbc;

	@Value("${cciais.data-dir}")
	String dataDir;

	private Path onDisk(UUID fileId) {
		String relative = jdbc.sql("select storage_path from stored_files where id = ?").param(fileId)
			.query(String.class).single();
		return Path.of(dataDir, "files").resolve(relative);
	}

	private int notificationsOf(long accountId) {
		return jdbc.sql("select count(*) from notifications where account_id = ?").param(accountId)
			.query(Integer.class).single();
	}

	private void apiLogin(String username, int expectedStatus) throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.andExpect(status().is(expectedStatus));
	}

	@Test
	void keepsARegistrationForSixDaysAndClearsItOnTheEighthWhenNoApplicationWasSubmitted() throws Exception {
		var enterprise = enterprise();
		UUID licence = enterprises.get(enterprise.id()).licenceFileId();
		Path licenceFile = onDisk(licence);
		assertThat(licenceFile).exists();
		notifications.notify(enterprise.accountId(), "欢迎注册", null, false, "welcome-" + enterprise.id());

		advance(Duration.ofDays(6));
		assertThat(enterprises.find(enterprise.id())).isPresent();
		apiLogin(enterprise.username(), 200);

		advance(Duration.ofDays(2));
		assertThat(enterprises.find(enterprise.id())).isEmpty();
		assertThat(accounts.findByUsername(enterprise.username())).isEmpty();
		apiLogin(enterprise.username(), 401);
		assertThat(files.find(licence)).isEmpty();
		assertThat(Files.exists(licenceFile)).as("licence bytes deleted from disk").isFalse();
		assertThat(audit.forObject("enterprise", enterprise.id())).extracting(AuditQueries.Entry::action)
			.contains("enterprise.register", "enterprise.purge");
		assertThat(audit.forObject("enterprise", enterprise.id()).stream()
			.filter(e -> e.action().equals("enterprise.purge")).findFirst().orElseThrow().detail())
			.contains(enterprise.name(), "7 天");
		await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf(enterprise.accountId()) == 0);
	}

	@Test
	void anEnterpriseThatSubmittedAnApplicationIsKeptAfterEightDays() throws Exception {
		var enterprise = enterprise();
		registration.markApplicationSubmitted(enterprise.id());
		advance(Duration.ofDays(8));
		assertThat(enterprises.find(enterprise.id())).get()
			.satisfies(e -> assertThat(e.firstApplicationAt()).isNotNull());
		assertThat(files.existsOnDisk(enterprises.get(enterprise.id()).licenceFileId())).isTrue();
		apiLogin(enterprise.username(), 200);
	}

	@Test
	void theAdminClockRunsThePurgeWhenItMovesForward() throws Exception {
		var enterprise = enterprise();
		var applied = enterprise();
		registration.markApplicationSubmitted(applied.id());
		String admin = token("admin");
		mvc.perform(bearer(post("/api/v1/admin/clock"), admin).contentType(MediaType.APPLICATION_JSON)
				.content("{\"advance\":\"P8D\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.now").exists());
		assertThat(enterprises.find(enterprise.id())).isEmpty();
		assertThat(enterprises.find(applied.id())).isPresent();
		// Tokens live 12 hours of platform time: the one used to move the clock 8 days ahead has expired.
		mvc.perform(bearer(get("/api/v1/admin/clock"), admin)).andExpect(status().isUnauthorized());
		mvc.perform(bearer(get("/api/v1/admin/clock"), token("admin"))).andExpect(status().isOk());
	}

	@Test
	void onlyAnAdminMovesTheClockAndOnlyForward() throws Exception {
		var enterprise = enterprise();
		mvc.perform(bearer(post("/api/v1/admin/clock"), token(enterprise.username()))
				.contentType(MediaType.APPLICATION_JSON).content("{\"advance\":\"P8D\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/clock").contentType(MediaType.APPLICATION_JSON).content("{\"advance\":\"P8D\"}"))
			.andExpect(status().isUnauthorized());
		String admin = token("admin");
		for (String bad : new String[] { "{\"advance\":\"-P1D\"}", "{\"advance\":\"P1M\"}", "{\"advance\":\"soon\"}",
				"{}", "{\"advance\":\"P1D\",\"to\":\"2030-01-01T00:00:00+08:00\"}" }) {
			mvc.perform(bearer(post("/api/v1/admin/clock"), admin).contentType(MediaType.APPLICATION_JSON).content(bad))
				.andExpect(status().isBadRequest());
		}
		assertThat(enterprises.find(enterprise.id())).isPresent();
	}

	@Test
	void thePurgeIsIdempotent() {
		var enterprise = enterprise();
		advance(Duration.ofDays(8));
		assertThat(enterprises.find(enterprise.id())).isEmpty();
		runDeadlineJobs();
		assertThat(audit.forObject("enterprise", enterprise.id()).stream()
			.filter(e -> e.action().equals("enterprise.purge"))).hasSize(1);
	}
}
