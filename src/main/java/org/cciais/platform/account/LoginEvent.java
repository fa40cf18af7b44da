package org.cciais.platform.account;

/** What a 登录日志 line records. */
public enum LoginEvent {
	LOGIN, LOGOUT, FORCED_LOGOUT, PASSWORD_CHANGE, PASSWORD_RESET
}
