package org.cciais.platform.account.internal;

import java.time.Instant;
import java.util.function.BiFunction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cciais.platform.account.LoginChannel;
import org.cciais.platform.account.LoginEvent;
import org.cciais.platform.account.LoginLogEntry;
import org.cciais.platform.account.LoginResult;

/** A 登录日志 row; append-only. */
@Entity
@Table(name = "login_log")
public class LoginRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LoginEvent event;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LoginResult result;

	private String ip;

	@Column(name = "user_agent")
	private String userAgent;

	/** The name matches no account: {@link #username} is its masked form (empty when nothing was typed). */
	private boolean unregistered;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LoginChannel channel;

	protected LoginRecord() {
	}

	public LoginRecord(Instant at, String username, boolean unregistered, LoginEvent event, LoginResult result,
			String ip, String userAgent, LoginChannel channel) {
		this.at = at;
		this.username = cut(username, 64);
		this.unregistered = unregistered;
		this.event = event;
		this.result = result;
		this.ip = cut(ip, 64);
		this.userAgent = cut(userAgent, 512);
		this.channel = channel;
	}

	/** {@code words} gives the text of a bundle key in the reader's language, with its arguments. */
	public LoginLogEntry toEntry(BiFunction<String, Object[], String> words) {
		String shown = !unregistered ? username
				: username.isEmpty() ? words.apply("login.username.empty", null)
						: words.apply("login.username.unregistered", new Object[] { username });
		return new LoginLogEntry(at, shown, event, result, ip, userAgent,
				UserAgents.summary(userAgent, key -> words.apply(key, null)), channel);
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
