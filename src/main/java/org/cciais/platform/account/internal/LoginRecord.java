package org.cciais.platform.account.internal;

import java.time.Instant;

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

	private String browser;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LoginChannel channel;

	protected LoginRecord() {
	}

	public LoginRecord(Instant at, String username, LoginEvent event, LoginResult result, String ip,
			String userAgent, LoginChannel channel) {
		this.at = at;
		this.username = cut(username, 64);
		this.event = event;
		this.result = result;
		this.ip = cut(ip, 64);
		this.userAgent = cut(userAgent, 512);
		this.browser = cut(UserAgents.summary(userAgent), 100);
		this.channel = channel;
	}

	public LoginLogEntry toEntry() {
		return new LoginLogEntry(at, username, event, result, ip, userAgent, browser, channel);
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
