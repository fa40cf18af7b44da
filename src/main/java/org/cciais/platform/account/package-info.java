/**
 * Accounts of every role and how they get in.
 * <p>
 * <b>Owns</b>: log-in (manual 3.1.2: session for pages, bearer tokens for the API), throttling and lock-out,
 * recovering the login name and resetting the password (3.1.3), the password policy and password change (5.2),
 * the login name and password checks of both registration forms (3.1.1), 个人用户注册 with the 身份证号 checked and
 * stored encrypted, and the back office's view of accounts: administration, the login log, the online sessions;
 * the security configuration of the whole application.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.account.AccountManagement} (opening accounts, tokens, passwords),
 * {@link org.cciais.platform.account.AccountAdministration} (ADMIN's commands on accounts),
 * {@link org.cciais.platform.account.PersonRegistration}, {@link org.cciais.platform.account.PasswordResetManagement},
 * {@link org.cciais.platform.account.PasswordPolicy}, and the reads {@link org.cciais.platform.account.LoginLog},
 * {@link org.cciais.platform.account.OnlineSessionManagement}, {@link org.cciais.platform.account.PersonIdentityQueries}.
 * Publishes {@link org.cciais.platform.shared.AuditRecord}s.
 * <p>
 * <b>Listens to</b>: Spring Security's authentication events (login log, lock-out) and
 * {@link org.cciais.platform.shared.AuditRecord} (password changes and resets enter the login log).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.cciais.platform.account;
