package org.cciais.platform.account;

import java.time.Clock;
import java.time.Instant;

import org.cciais.platform.account.internal.Accounts;
import org.cciais.platform.account.internal.LoginRecord;
import org.cciais.platform.account.internal.LoginRecords;
import org.cciais.platform.shared.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登录日志: every log-in, log-out, failed log-in, lock-out, forced log-out and password change or reset, for pages
 * and API tokens, kept in the database. Never a password: a login name that matches no account is stored masked,
 * because it may be a password typed into the wrong field.
 */
@Service
@Transactional(readOnly = true)
public class LoginLog {

	/** The largest page the API serves. */
	public static final int MAX_PAGE_SIZE = 500;

	private final LoginRecords records;
	private final Accounts accounts;
	private final Clock clock;

	LoginLog(LoginRecords records, Accounts accounts, Clock clock) {
		this.records = records;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Records one line in its own transaction, so a refused log-in (rolled back) still leaves its trace. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String typedName, LoginEvent event, LoginResult result, String ip, String userAgent,
			LoginChannel channel) {
		String name = typedName == null ? "" : typedName.trim();
		String stored = accounts.existsByUsername(name) ? name : mask(name);
		records.save(new LoginRecord(clock.instant(), stored, event, result, ip, userAgent, channel));
	}

	/** Newest first; {@code to} is exclusive; {@code size} at most {@link #MAX_PAGE_SIZE}. */
	public Page<LoginLogEntry> search(String username, LoginResult result, Instant from, Instant to, int page,
			int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "paging.page.invalid");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "paging.size.invalid", MAX_PAGE_SIZE);
		}
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidInputException("to", "loginLog.range.invalid");
		}
		String name = username == null || username.isBlank() ? null : username.trim();
		return records.search(name, result, from, to, page, size).map(LoginRecord::toEntry);
	}

	/** Keeps the first two characters of an unknown name: enough to recognise a typo, never a whole password. */
	static String mask(String typed) {
		if (typed.isEmpty()) {
			return "（空）";
		}
		return typed.substring(0, Math.min(2, typed.length() / 3)) + "***（未注册）";
	}
}
