package org.cciais.platform.application.web;

import org.cciais.platform.shared.InvalidInputException;

/** The "overdue" filters of the admin applications list (page and API): a number of days, 1 to 3650. */
public final class AdminApplicationFilters {

	static final int MAX_DAYS = 3650;

	private AdminApplicationFilters() {
	}

	public static Integer days(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int days = Integer.parseInt(value.trim());
			if (days >= 1 && days <= MAX_DAYS) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// refused below like an out-of-range number
		}
		throw new InvalidInputException(field, "filter.days.invalid", String.valueOf(MAX_DAYS));
	}
}
