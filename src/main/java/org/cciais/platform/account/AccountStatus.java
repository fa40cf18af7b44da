package org.cciais.platform.account;

/** What 用户管理 shows of an account: usable, switched off by the association, or locked by failed log-ins. */
public enum AccountStatus {
	ACTIVE, DISABLED, LOCKED
}
