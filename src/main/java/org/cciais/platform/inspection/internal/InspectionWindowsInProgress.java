package org.cciais.platform.inspection.internal;

import java.util.EnumSet;

import org.cciais.platform.inspection.InspectionStatus;
import org.cciais.platform.shared.AnnualInspectionWindows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An inspection counts as in progress from its window's opening until it passed or was missed. */
@Component
class InspectionWindowsInProgress implements AnnualInspectionWindows {

	private static final EnumSet<InspectionStatus> IN_PROGRESS = EnumSet.of(InspectionStatus.OPEN,
			InspectionStatus.SUBMITTED, InspectionStatus.RECTIFICATION);

	private final InspectionRepository repository;

	InspectionWindowsInProgress(InspectionRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean inProgress(long enterpriseId) {
		return repository.existsByEnterpriseIdAndStatusIn(enterpriseId, IN_PROGRESS);
	}
}
