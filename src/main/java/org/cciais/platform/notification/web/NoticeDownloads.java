package org.cciais.platform.notification.web;

import java.nio.charset.StandardCharsets;

import org.cciais.platform.notification.internal.NoticeBoard.Download;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A notice's attachment as a download (pages and API): streamed from the store, named, never sniffed. */
public final class NoticeDownloads {

	private NoticeDownloads() {
	}

	public static ResponseEntity<Resource> response(Download download) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(download.contentType()))
			.contentLength(download.size())
			.body(download.content());
	}
}
