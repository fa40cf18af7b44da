package org.cciais.platform.notification.api;

import java.net.URI;
import java.util.List;

import org.cciais.platform.notification.internal.NoticeBoard;
import org.cciais.platform.notification.internal.NoticeBoard.NoticeView;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The association's notices: public reading, ADMIN publishing. */
@RestController
class NoticeApiController {

	record NewNotice(String title, String body) {
	}

	record Created(long id) {
	}

	private final NoticeBoard notices;

	NoticeApiController(NoticeBoard notices) {
		this.notices = notices;
	}

	@GetMapping("/api/v1/notices")
	List<NoticeView> list() {
		return notices.latest(200);
	}

	@GetMapping("/api/v1/notices/{id}")
	NoticeView show(@PathVariable long id) {
		return notices.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	@PostMapping("/api/v1/admin/notices")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Created> publish(@RequestBody NewNotice body, PlatformPrincipal me) {
		NoticeView notice = notices.publish(body.title(), body.body(), me);
		return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id())).body(new Created(notice.id()));
	}

	@DeleteMapping("/api/v1/admin/notices/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable long id, PlatformPrincipal me) {
		notices.delete(id, me);
		return ResponseEntity.noContent().build();
	}
}
