package org.cciais.platform.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.cciais.platform.account.internal.Accounts;
import org.cciais.platform.account.internal.LoginRecord;
import org.cciais.platform.account.internal.LoginRecords;
import org.cciais.platform.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
	private final MessageSource messages;

	LoginLog(LoginRecords records, Accounts accounts, Clock clock, MessageSource messages) {
		this.records = records;
		this.accounts = accounts;
		this.clock = clock;
		this.messages = messages;
	}

	/** Records one line in its own transaction, so a refused log-in (rolled back) still leaves its trace. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String typedName, LoginEvent event, LoginResult result, String ip, String userAgent,
			LoginChannel channel) {
		String name = typedName == null ? "" : typedName.trim();
		boolean registered = accounts.existsByUsername(name);
		records.save(new LoginRecord(clock.instant(), registered ? name : mask(name), !registered, event, result, ip,
				userAgent, channel));
	}

	/**
	 * Newest first; {@code to} is exclusive; {@code size} at most {@link #MAX_PAGE_SIZE}. The words the system adds
	 * (an unregistered name, the browser) are in the reader's language ({@link LocaleContextHolder}).
	 */
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
		Locale locale = LocaleContextHolder.getLocale();
		return records.search(name, result, from, to, page, size)
			.map(r -> r.toEntry((key, args) -> messages.getMessage(key, args, locale)));
	}

	/**
	 * Keeps the first two characters of an unknown name: enough to recognise a typo, never a whole password (shown
	 * with 「（未注册）」 / "(not registered)" beside it).
	 */
	static String mask(String typed) {
		if (typed.isEmpty()) {
			return "";
		}
		return typed.substring(0, Math.min(2, typed.length() / 3)) + "***";
	}
}
