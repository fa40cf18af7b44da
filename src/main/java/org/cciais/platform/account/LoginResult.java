package org.cciais.platform.account;

/** The outcome of a log-in (or log-out, password change) as the 登录日志 shows it. */
public enum LoginResult {
	SUCCESS, FAILURE, LOCKED
}
