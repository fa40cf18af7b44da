package org.cciais.platform.account.internal;

/** Session attributes written at page log-in and read by 在线用户. */
public final class SessionStamps {

	public static final String CLIENT_ADDRESS = "cciais.clientAddress";

	/** Epoch milliseconds of the log-in, from the platform clock. */
	public static final String LOGIN_AT = "cciais.loginAt";

	private SessionStamps() {
	}
}
