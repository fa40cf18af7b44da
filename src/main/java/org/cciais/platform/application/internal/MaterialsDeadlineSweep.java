package org.cciais.platform.application.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cciais.platform.account.AccountId;
import org.cciais.platform.application.ApplicationId;
import org.cciais.platform.application.ApplicationStateChanged;
import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.ApplicationsExpired;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.enterprise.EnterpriseId;
import org.cciais.platform.organization.OrganizationId;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.AuditRecords;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.storage.FileStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Manual 3.4.2: an application still ACCEPTED (the state in which the workflow's table lets the deadline job expire
 * it) when now >= materialsDueAt (acceptance + 7 days) becomes EXPIRED; its
 * uploaded files are deleted (links to another application's files are only unlinked), the history, the audit log
 * and the notification event keep the fact. Built for volume: one indexed query selects the due ids, then batches
 * of {@value #BATCH} are expired with set-based statements in a transaction each; nothing is loaded row by row.
 * The update re-checks the status, so a case the enterprise submitted meanwhile is left alone (and its version is
 * bumped, so a submission racing with the sweep loses with a 409). Each batch publishes its audit facts as one
 * {@link AuditRecords} and its state changes as {@link ApplicationsExpired} events: one entry and one notification per
 * case, one round trip per batch and one event publication per {@value #EVENT_CASES} cases.
 */
@Component
public class MaterialsDeadlineSweep {

	static final int BATCH = 500;

	/**
	 * The state the deadline runs in and the one it ends in, from the workflow's table. The history and the events
	 * name the state a case came from, so a table letting the deadline run in more than one state must first make
	 * the sweep read each case's state.
	 */
	private static final ApplicationStatus RUNNING = onlyOne(ApplicationWorkflow.materialsDeadlineRunsIn());

	private static final ApplicationStatus ENDS_IN = ApplicationWorkflow.transition(WorkflowAction.EXPIRE, RUNNING)
		.orElseThrow()
		.to();

	/*
	 * Cases per ApplicationsExpired. The notifications of an event are written set-based, so a larger event costs
	 * little more than a small one, while each event costs a registry row, two registry updates and a listener
	 * transaction; two events a batch keep both cores busy.
	 */
	static final int EVENT_CASES = 250;

	private final NamedParameterJdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final FileStore files;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final RecordTexts records;
	private final ApplicationMetrics metrics;

	MaterialsDeadlineSweep(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, FileStore files,
			ApplicationEventPublisher events, Clock clock, RecordTexts records, ApplicationMetrics metrics) {
		this.records = records;
		this.metrics = metrics;
		this.jdbc = jdbc;
		this.tx = tx;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** Expires every due application; returns how many. Idempotent. */
	public int expireDue() {
		// the database keeps microseconds: the same value goes into every row and every event
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Long> due = jdbc.queryForList(
				"select id from qualification_applications where status = :running and materials_due_at <= :now "
						+ "order by id",
				new MapSqlParameterSource("now", Timestamp.from(now)).addValue("running", RUNNING.name()), Long.class);
		int expired = 0;
		for (int i = 0; i < due.size(); i += BATCH) {
			List<Long> batch = due.subList(i, Math.min(due.size(), i + BATCH));
			Integer n = tx.execute(status -> expireBatch(batch, now));
			int committed = n == null ? 0 : n;
			metrics.expired(committed);
			expired += committed;
		}
		return expired;
	}

	private record Due(long id, long enterpriseId, Industry industry, Level level, long reviewOrgId,
			Long consultingOrgId, Long reviewerAccountId, Instant materialsDueAt) {
	}

	private int expireBatch(List<Long> ids, Instant now) {
		Timestamp at = Timestamp.from(now);
		MapSqlParameterSource[] rows = ids.stream()
			.map(id -> new MapSqlParameterSource("id", id).addValue("now", at)
				.addValue("running", RUNNING.name())
				.addValue("ended", ENDS_IN.name()))
			.toArray(MapSqlParameterSource[]::new);
		int[] counts = jdbc.batchUpdate("update qualification_applications set status = :ended, "
				+ "open_industry = null, closed_at = :now, updated_at = :now, version = version + 1 "
				+ "where id = :id and status = :running and materials_due_at <= :now", rows);
		List<Long> changed = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			// some drivers answer SUCCESS_NO_INFO (-2) for batched rows: re-read those below
			if (counts[i] != 0) {
				changed.add(ids.get(i));
			}
		}
		if (changed.isEmpty()) {
			return 0;
		}
		MapSqlParameterSource byIds = new MapSqlParameterSource("ids", changed).addValue("ended", ENDS_IN.name());
		List<Due> expired = jdbc.query("select id, enterprise_id, industry, level, review_org_id, consulting_org_id, "
				+ "reviewer_account_id, materials_due_at from qualification_applications "
				+ "where id in (:ids) and status = :ended", byIds,
				(rs, n) -> new Due(rs.getLong(1), rs.getLong(2), Industry.valueOf(rs.getString(3)),
						Level.valueOf(rs.getString(4)), rs.getLong(5), (Long) rs.getObject(6, Long.class),
						(Long) rs.getObject(7, Long.class), rs.getTimestamp(8).toInstant()));
		if (expired.isEmpty()) {
			return 0;
		}
		MapSqlParameterSource expiredIds = new MapSqlParameterSource("ids", expired.stream().map(Due::id).toList());
		Map<Long, List<UUID>> owned = new HashMap<>();
		jdbc.query("select application_id, file_id from application_materials where application_id in (:ids) "
				+ "and reused_from_application_id is null", expiredIds,
				rs -> {
					owned.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
				});
		jdbc.update("delete from application_materials where application_id in (:ids)", expiredIds);
		String systemName = records.get(Actor.SYSTEM_NAME);
		jdbc.batchUpdate("insert into application_history (application_id, at, actor, actor_name, role, action, "
				+ "from_status, to_status, record_key, record_args) values (:id, :now, :system, :systemName, null, :action, "
				+ ":running, :ended, :recordKey, :files)",
				expired.stream()
					.map(d -> new MapSqlParameterSource("id", d.id()).addValue("now", at)
						.addValue("system", Actor.SYSTEM.username())
						.addValue("systemName", systemName)
						.addValue("action", WorkflowAction.EXPIRE.code())
						.addValue("running", RUNNING.name())
						.addValue("ended", ENDS_IN.name())
						.addValue("recordKey", EXPIRED_OPINION)
						.addValue("files", String.valueOf(owned.getOrDefault(d.id(), List.of()).size())))
					.toArray(MapSqlParameterSource[]::new));
		List<AuditRecord> facts = new ArrayList<>();
		List<ApplicationStateChanged> changes = new ArrayList<>();
		for (Due d : expired) {
			List<UUID> fileIds = owned.getOrDefault(d.id(), List.of());
			fileIds.forEach(files::delete);
			facts.add(AuditRecord.system("application.expire", "application", d.id(),
					records.get("application.record.expired", d.industry(), d.level(), d.materialsDueAt().toString(),
							String.valueOf(fileIds.size()))));
			changes.add(ApplicationStateChanged
				.of(new ApplicationId(d.id()), new EnterpriseId(d.enterpriseId()), d.industry(), d.level())
				.organisations(new OrganizationId(d.reviewOrgId()), OrganizationId.ofNullable(d.consultingOrgId()))
				.reviewer(AccountId.ofNullable(d.reviewerAccountId()))
				.moved(RUNNING, ENDS_IN, WorkflowAction.EXPIRE.code())
				.by(Actor.SYSTEM.username(), null)
				.recorded(new ApplicationStateChanged.Recorded(EXPIRED_OPINION, List.of(String.valueOf(fileIds.size()))))
				.at(now)
				.build());
		}
		events.publishEvent(new AuditRecords(facts));
		// the notifications of a batch are written in parallel, a few hundred cases per listener transaction
		for (int i = 0; i < changes.size(); i += EVENT_CASES) {
			events.publishEvent(new ApplicationsExpired(changes.subList(i, Math.min(changes.size(), i + EVENT_CASES))));
		}
		return expired.size();
	}

	private static ApplicationStatus onlyOne(Set<ApplicationStatus> states) {
		if (states.size() != 1) {
			throw new IllegalStateException("the materials deadline sweep expects one state, not " + states);
		}
		return states.iterator().next();
	}

	/**
	 * The words of an expiry in the history and the event, said in the reader's language when read (its one argument:
	 * the files).
	 */
	private static final String EXPIRED_OPINION = "application.record.expiredOpinion";
}
