package org.cciais.platform.account;

/** Where the log-in came from: the login page (session) or {@code POST /api/v1/auth/token}. */
public enum LoginChannel {
	WEB, API
}
