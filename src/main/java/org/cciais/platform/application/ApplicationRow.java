package org.cciais.platform.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of an exported work list: what the list shows, with codes as their labels and no materials, history or
 * actions (so that tens of thousands of rows cost one query per chunk, not several per row). {@code creditCode} only
 * for the association and the review organisation, else null.
 */
public record ApplicationRow(long id, String enterpriseName, String creditCode, String regionName,
		String industryName, String levelName, String kindName, String statusName, String reviewOrgName,
		String consultingOrgName, String reviewerName, Instant submittedAt, Instant acceptedAt, Instant materialsDueAt,
		LocalDate onsiteDate, Instant closedAt, Instant updatedAt) {
}
