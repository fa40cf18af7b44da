package org.cciais.platform.storage.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.storage.FileStore;
import org.cciais.platform.storage.StoredFile;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads for parties of a case: {@code /api/v1/files/{id}} (token) and {@code /files/{id}} (pages, session).
 * Anyone else gets 404, never a hint that the file exists.
 */
@RestController
class FileDownloadController {

	private final FileStore files;

	FileDownloadController(FileStore files) {
		this.files = files;
	}

	@GetMapping({ "/api/v1/files/{id}", "/files/{id}" })
	ResponseEntity<Resource> download(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean inline,
			PlatformPrincipal me) {
		if (!files.mayRead(id, me)) {
			throw new NotFoundException("error.notFound");
		}
		StoredFile file = files.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.originalName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.body(files.open(id));
	}
}
