package org.cciais.platform.storage.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredFileRepository extends JpaRepository<StoredFileEntity, UUID> {
}
