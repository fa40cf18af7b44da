package org.cciais.platform.notification.api;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.notification.internal.NoticeBoard;
import org.cciais.platform.notification.internal.NoticeBoard.NoticeInput;
import org.cciais.platform.notification.internal.NoticeBoard.NoticeView;
import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.notification.web.NoticeDownloads;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.ApiPages;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The association's notices: public reading, ADMIN writing (draft / published, pinned, publish date, a PDF
 * attachment).
 */
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

	/** The public notices, pinned first then newest, paged as every list ({@code X-Total-Count}, {@code Link}). */
	@GetMapping("/api/v1/notices")
	ResponseEntity<List<NoticeView>> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
		return ApiPages.of(notices.publicPage(page, size), request);
	}

	@GetMapping("/api/v1/notices/{id}")
	NoticeView show(@PathVariable long id) {
		return notices.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
	}

	/** The attachment of a public notice, streamed; 404 for a draft, a future notice or one without attachment. */
	@GetMapping("/api/v1/notices/{id}/attachment")
	ResponseEntity<Resource> attachment(@PathVariable long id) {
		return NoticeDownloads.response(
				notices.publicAttachment(id).orElseThrow(() -> new NotFoundException("error.notFound")));
	}

	/** Every notice with its status (drafts and future ones included), pinned first then newest, paged. */
	@GetMapping("/api/v1/admin/notices")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<List<NoticeView>> all(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
		return ApiPages.of(notices.editorPage(page, size), request);
	}

	@PostMapping("/api/v1/admin/notices/{id}/publish")
	@PreAuthorize("hasRole('ADMIN')")
	NoticeView publish(@PathVariable long id, PlatformPrincipal me) {
		return notices.setPublished(id, true, me);
	}

	@PostMapping("/api/v1/admin/notices/{id}/unpublish")
	@PreAuthorize("hasRole('ADMIN')")
	NoticeView unpublish(@PathVariable long id, PlatformPrincipal me) {
		return notices.setPublished(id, false, me);
	}

	/** Multipart {@code file}: a PDF (by content), replacing any earlier attachment; 415 otherwise. */
	@PutMapping(path = "/api/v1/admin/notices/{id}/attachment", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	NoticeView attach(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
			PlatformPrincipal me) {
		return notices.attach(id, file, me);
	}

	@GetMapping("/api/v1/admin/notices/{id}/attachment")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Resource> editorAttachment(@PathVariable long id) {
		return NoticeDownloads.response(
				notices.editorAttachment(id).orElseThrow(() -> new NotFoundException("error.notFound")));
	}

	@DeleteMapping("/api/v1/admin/notices/{id}/attachment")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> detach(@PathVariable long id, PlatformPrincipal me) {
		notices.detach(id, me);
		return ResponseEntity.noContent().build();
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
