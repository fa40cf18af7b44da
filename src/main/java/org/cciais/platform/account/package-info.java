/**
 * Accounts of every role: log-in (session for pages, bearer tokens for the API), throttling and lock-out, password
 * policy, change and reset, the security configuration, and the back office's view of them: account
 * administration, the login log and the online sessions. Public API:
 * {@link org.cciais.platform.account.AccountManagement}, {@link org.cciais.platform.account.AccountAdministration},
 * {@link org.cciais.platform.account.LoginLog}, {@link org.cciais.platform.account.OnlineSessions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.cciais.platform.account;
