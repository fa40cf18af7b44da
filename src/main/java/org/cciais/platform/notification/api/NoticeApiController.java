package org.cciais.platform.notification.api;

import java.net.URI;
import java.util.List;

import org.cciais.platform.notification.internal.NoticeBoard;
import org.cciais.platform.notification.internal.NoticeBoard.NoticeInput;
import org.cciais.platform.notification.internal.NoticeBoard.NoticeView;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The association's notices: public reading, ADMIN writing (draft / published, pinned, publish date). */
@RestController
class NoticeApiController {

	/** status DRAFT or PUBLISHED (default PUBLISHED); publishAt ISO or Beijing local time, empty = now. */
	record NoticeBody(String title, String body, String status, Boolean pinned, String publishAt, Long version) {

		NoticeInput toInput() {
			boolean published;
			if (status == null || status.isBlank() || "PUBLISHED".equals(status)) {
				published = true;
			}
			else if ("DRAFT".equals(status)) {
				published = false;
			}
			else {
				throw new InvalidInputException("status", "notice.status.invalid");
			}
			return new NoticeInput(title, body, published, Boolean.TRUE.equals(pinned),
					NoticeBoard.parsePublishAt(publishAt), version);
		}
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

	@GetMapping("/api/v1/admin/notices")
	@PreAuthorize("hasRole('ADMIN')")
	List<NoticeView> all() {
		return notices.all(500);
	}

	@GetMapping("/api/v1/admin/notices/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	NoticeView one(@PathVariable long id) {
		return notices.findForEditor(id);
	}

	@PostMapping("/api/v1/admin/notices")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Created> create(@RequestBody NoticeBody body, PlatformPrincipal me) {
		NoticeView notice = notices.create(body.toInput(), me);
		return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id())).body(new Created(notice.id()));
	}

	@PutMapping("/api/v1/admin/notices/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	NoticeView edit(@PathVariable long id, @RequestBody NoticeBody body, PlatformPrincipal me) {
		return notices.edit(id, body.toInput(), me);
	}

	@DeleteMapping("/api/v1/admin/notices/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable long id, PlatformPrincipal me) {
		notices.delete(id, me);
		return ResponseEntity.noContent().build();
	}
}
