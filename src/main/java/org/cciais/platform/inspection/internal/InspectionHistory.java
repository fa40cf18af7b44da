package org.cciais.platform.inspection.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionHistory extends JpaRepository<InspectionHistoryEntry, Long> {

	List<InspectionHistoryEntry> findByInspectionIdInOrderByOccurredAtAscIdAsc(Collection<Long> inspectionIds);

	boolean existsByInspectionIdAndFileId(long inspectionId, java.util.UUID fileId);
}
