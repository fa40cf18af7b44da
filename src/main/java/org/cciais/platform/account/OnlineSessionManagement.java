package org.cciais.platform.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cciais.platform.account.internal.Account;
import org.cciais.platform.account.internal.Accounts;
import org.cciais.platform.account.internal.SessionStamps;
import org.cciais.platform.shared.AuditRecord;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 在线用户: the page sessions that Spring Session keeps in the database, so every node sees all of them, and 强制下线,
 * which deletes one (its next request finds no session and goes to the login page).
 */
@Service
@Transactional
public class OnlineSessionManagement {

	/* Spring Session stamps creation, access and expiry with the system clock, not the platform's movable one. */
	private static final Clock SESSION_CLOCK = Clock.systemUTC();

	private final JdbcClient jdbc;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;
	private final Accounts accounts;
	private final LoginLog log;
	private final ApplicationEventPublisher events;

	OnlineSessionManagement(JdbcClient jdbc, FindByIndexNameSessionRepository<? extends Session> sessions, Accounts accounts,
			LoginLog log, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.accounts = accounts;
		this.log = log;
		this.events = events;
	}

	private record Row(String primaryId, String sessionId, String principal, long created, long lastAccess) {
	}

	/** Logged-in sessions not yet expired, most recently active first. */
	@Transactional(readOnly = true)
	public Page<OnlineSession> list(String username, int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "paging.page.invalid");
		}
		if (size < 1 || size > LoginLog.MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "paging.size.invalid", LoginLog.MAX_PAGE_SIZE);
		}
		String name = username == null || username.isBlank() ? null : username.trim();
		long now = SESSION_CLOCK.millis();
		String where = " from spring_session where principal_name is not null and expiry_time > :now"
				+ (name == null ? "" : " and principal_name = :name");
		long total = jdbc.sql("select count(*)" + where)
			.param("now", now)
			.params(name == null ? Map.of() : Map.of("name", name))
			.query(Long.class)
			.single();
		List<Row> rows = jdbc
			.sql("select primary_id, session_id, principal_name, creation_time, last_access_time" + where
					+ " order by last_access_time desc, primary_id limit :size offset :offset")
			.param("now", now)
			.params(name == null ? Map.of() : Map.of("name", name))
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, i) -> new Row(rs.getString(1).trim(), rs.getString(2).trim(), rs.getString(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
		Map<String, Account> byName = accounts
			.findByUsernameIn(rows.stream().map(Row::principal).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Account::getUsername, Function.identity()));
		List<OnlineSession> content = rows.stream().map(r -> view(r, byName.get(r.principal()))).toList();
		return new PageImpl<>(content, PageRequest.of(page, size), total);
	}

	private OnlineSession view(Row row, Account account) {
		Session session = sessions.findById(row.sessionId());
		String ip = session == null ? null : session.getAttribute(SessionStamps.CLIENT_ADDRESS);
		Long loginAt = session == null ? null : session.getAttribute(SessionStamps.LOGIN_AT);
		return new OnlineSession(row.primaryId(), row.principal(), account == null ? null : account.getDisplayName(),
				account == null ? null : account.getRole(), account == null ? null : account.getOrganizationId(),
				account == null ? null : account.getEnterpriseId(), ip,
				Instant.ofEpochMilli(loginAt == null ? row.created() : loginAt), Instant.ofEpochMilli(row.lastAccess()));
	}

	/** 强制下线: ends the session with this (listing) id at once, on every node; audited and logged. */
	public void terminate(String id, PlatformPrincipal admin) {
		Row row = jdbc
			.sql("select primary_id, session_id, principal_name, creation_time, last_access_time from spring_session"
					+ " where primary_id = :id")
			.param("id", id == null ? "" : id.trim())
			.query((rs, i) -> new Row(rs.getString(1).trim(), rs.getString(2).trim(), rs.getString(3), rs.getLong(4),
					rs.getLong(5)))
			.optional()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		sessions.deleteById(row.sessionId());
		String who = row.principal() == null ? "（未登录）" : row.principal();
		events.publishEvent(AuditRecord.of(admin, "account.session.terminate", "account", who, "强制下线 " + who));
		log.record(who, LoginEvent.FORCED_LOGOUT, LoginResult.SUCCESS, null, null, LoginChannel.WEB);
	}
}
