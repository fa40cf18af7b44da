package org.cciais.platform.account.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.account.LoginChannel;
import org.cciais.platform.account.LoginEvent;
import org.cciais.platform.account.LoginLog;
import org.cciais.platform.account.LoginResult;
import org.cciais.platform.shared.AuditRecord;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The 登录日志 lines that are not log-in attempts: log-out, and password changes and resets (from the audit facts). */
@Component
class LoginLogListener {

	private static final Map<String, LoginEvent> PASSWORD_ACTIONS = Map.of("account.password.change",
			LoginEvent.PASSWORD_CHANGE, "account.password.reset", LoginEvent.PASSWORD_RESET,
			"account.password.selfReset", LoginEvent.PASSWORD_RESET);

	private final LoginLog log;
	private final Accounts accounts;

	LoginLogListener(LoginLog log, Accounts accounts) {
		this.log = log;
		this.accounts = accounts;
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		record(event.getAuthentication().getName(), LoginEvent.LOGOUT);
	}

	@EventListener
	void audited(AuditRecord audit) {
		LoginEvent event = PASSWORD_ACTIONS.get(audit.action());
		if (event != null) {
			accounts.findById(Long.parseLong(audit.objectId())).ifPresent(a -> record(a.getUsername(), event));
		}
	}

	private void record(String username, LoginEvent event) {
		HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				? a.getRequest() : null;
		LoginChannel channel = request != null && request.getRequestURI().contains("/api/") ? LoginChannel.API
				: LoginChannel.WEB;
		log.record(username, event, LoginResult.SUCCESS, request == null ? null : request.getRemoteAddr(),
				request == null ? null : request.getHeader("User-Agent"), channel);
	}
}
