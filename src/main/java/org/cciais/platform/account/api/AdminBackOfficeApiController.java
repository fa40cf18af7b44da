package org.cciais.platform.account.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.account.AccountAdministration;
import org.cciais.platform.account.AccountStatus;
import org.cciais.platform.account.AccountSummary;
import org.cciais.platform.account.LoginLog;
import org.cciais.platform.account.LoginLogEntry;
import org.cciais.platform.account.LoginResult;
import org.cciais.platform.account.OnlineSession;
import org.cciais.platform.account.OnlineSessionManagement;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.Role;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.DateRanges;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 登录日志, 在线用户 and account status for the association (API.md "Back office"). */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminBackOfficeApiController {

	private final LoginLog loginLog;
	private final OnlineSessionManagement sessions;
	private final AccountAdministration administration;

	AdminBackOfficeApiController(LoginLog loginLog, OnlineSessionManagement sessions, AccountAdministration administration) {
		this.loginLog = loginLog;
		this.sessions = sessions;
		this.administration = administration;
	}

	@GetMapping("/login-log")
	ResponseEntity<List<LoginLogEntry>> loginLog(@RequestParam(required = false) String username,
			@RequestParam(required = false) LoginResult result, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
		return ApiPages.of(loginLog.search(username, result, DateRanges.from(from), DateRanges.to(to), page, size),
				request);
	}

	@GetMapping("/sessions")
	ResponseEntity<List<OnlineSession>> sessions(@RequestParam(required = false) String username,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			HttpServletRequest request) {
		return ApiPages.of(sessions.list(username, page, size), request);
	}

	@DeleteMapping("/sessions/{id}")
	ResponseEntity<Void> endSession(@PathVariable String id, PlatformPrincipal me) {
		sessions.terminate(id, me);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/account-status")
	ResponseEntity<List<AccountSummary>> accounts(@RequestParam(required = false) Role role,
			@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			HttpServletRequest request) {
		return ApiPages.of(administration.search(role, status, q, page, size), request);
	}

	@PostMapping("/accounts/{username}/disable")
	AccountSummary disable(@PathVariable String username, PlatformPrincipal me) {
		administration.disable(username, me);
		return administration.get(username);
	}

	@PostMapping("/accounts/{username}/enable")
	AccountSummary enable(@PathVariable String username, PlatformPrincipal me) {
		administration.enable(username, me);
		return administration.get(username);
	}

	@PostMapping("/accounts/{username}/unlock")
	AccountSummary unlock(@PathVariable String username, PlatformPrincipal me) {
		administration.unlock(username, me);
		return administration.get(username);
	}
}
