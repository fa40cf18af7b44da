package org.cciais.platform.notification.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.cciais.platform.notification.internal.NotificationCenter;
import org.cciais.platform.notification.internal.NotificationView;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ApiPages;
import org.cciais.platform.shared.web.ListParams;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own 通知提醒, newest first; any logged-in role. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

	private final NotificationCenter center;

	NotificationApiController(NotificationCenter center) {
		this.center = center;
	}

	/**
	 * @param actionRequired still waiting for the caller's action (shown blue on the page)
	 * @param done a to-do whose action has happened (已处理)
	 */
	record NotificationJson(long id, OffsetDateTime createdAt, String text, boolean actionRequired, String link,
			boolean read, boolean done) {

		static NotificationJson of(NotificationView n) {
			return new NotificationJson(n.id(), OffsetDateTime.ofInstant(n.createdAt(), PlatformClock.ZONE), n.text(),
					n.pending(), n.link(), n.read(), n.done());
		}
	}

	@GetMapping
	ResponseEntity<List<NotificationJson>> list(ListParams list, PlatformPrincipal me,
			jakarta.servlet.http.HttpServletRequest request) {
		return ApiPages.of(center.page(me.accountId(), list.api(NotificationCenter.SORT)).map(NotificationJson::of),
				request);
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(PlatformPrincipal me, @PathVariable long id) {
		center.markRead(id, me.accountId());
		return ResponseEntity.noContent().build();
	}
}
