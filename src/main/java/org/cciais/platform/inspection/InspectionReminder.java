package org.cciais.platform.inspection;

import java.time.LocalDate;

import org.cciais.platform.shared.Industry;

/**
 * An open inspection is still not submitted {@code daysBefore} (14, then 3) days before its window closes; sent
 * once each by the deadline job.
 */
public record InspectionReminder(long inspectionId, long certificateId, String certificateNumber, long enterpriseId,
		Industry industry, int year, LocalDate windowClosesOn, int daysBefore) {
}
