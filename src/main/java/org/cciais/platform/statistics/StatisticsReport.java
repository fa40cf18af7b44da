package org.cciais.platform.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of 数据统计 for a range of days ({@code from} and {@code to} inclusive, Beijing dates).
 *
 * @param applicationsByStage applications submitted in the range, by their current status
 * @param applicationsByIndustry the same applications by industry
 * @param applicationsByRegionGroup the same applications by the region group of the enterprise's region
 * @param applicationsByMonth the same applications by submission month, every month of the range listed
 * @param certificatesByIndustry every certificate as it stands today, by industry, each status counted
 * @param certificatesByLevel every certificate as it stands today, by level, each status counted
 * @param reviewDeadlineDays the days from acceptance to 评审机构确认 that count as in time
 * @param reviewDurations per review organisation, cases confirmed by it in the range
 * @param inspections the annual inspections of the current month (platform clock)
 */
public record StatisticsReport(LocalDate from, LocalDate to, List<Group> applicationsByStage,
		List<Group> applicationsByIndustry, List<Group> applicationsByRegionGroup, List<Group> applicationsByMonth,
		List<String> certificateStatuses, List<StatusGroup> certificatesByIndustry, List<StatusGroup> certificatesByLevel,
		int reviewDeadlineDays, List<ReviewDuration> reviewDurations, InspectionMonth inspections) {

	/** A code (status, industry, region group, month {@code 2026-12}), its label in the reader's language and the count. */
	public record Group(String code, String label, long count) {
	}

	/** One industry or level with its certificates by status (every status of {@code certificateStatuses}). */
	public record StatusGroup(String code, String label, Map<String, Long> byStatus, long total) {
	}

	/**
	 * @param finished cases confirmed in the range
	 * @param medianDays median calendar days from acceptance to confirmation
	 * @param inTime cases confirmed within {@code reviewDeadlineDays}
	 * @param inTimeShare {@code inTime / finished}, 0–1, rounded to 4 places
	 */
	public record ReviewDuration(long reviewOrgId, String reviewOrgName, long finished, double medianDays, long inTime,
			double inTimeShare) {
	}

	/** @param month {@code 2026-12} */
	public record InspectionMonth(String month, long due, long submitted, long missed) {
	}
}
