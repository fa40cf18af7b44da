package org.cciais.platform.storage;

import java.time.Instant;
import java.util.UUID;

public record StoredFile(UUID id, String originalName, FileKind kind, String contentType, long size, String sha256,
		Instant createdAt) {
}
