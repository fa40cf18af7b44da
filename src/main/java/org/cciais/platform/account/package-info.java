/**
 * Accounts of every role: log-in (session for pages, bearer tokens for the API), throttling, password change and
 * reset, and the security configuration. Public API: {@link org.cciais.platform.account.AccountManagement}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.cciais.platform.account;
