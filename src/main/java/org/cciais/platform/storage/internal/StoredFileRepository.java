package org.cciais.platform.storage.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredFileRepository extends JpaRepository<StoredFileEntity, UUID> {

	@Query("select f.storagePath from StoredFileEntity f where f.storagePath in :paths")
	List<String> findStoragePathsIn(Collection<String> paths);
}
