package org.cciais.platform.inspection.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionFiles extends JpaRepository<InspectionFile, UUID> {
}
