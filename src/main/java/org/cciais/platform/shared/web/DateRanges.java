package org.cciais.platform.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.cciais.platform.shared.InvalidInputException;

/**
 * {@code from} / {@code to} list filters: a day ({@code 2026-12-01}, Beijing time, {@code to} including that whole
 * day) or an instant with its offset ({@code 2026-12-01T09:00:00+08:00}). Anything else is a 400 naming the field.
 */
public final class DateRanges {

	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private DateRanges() {
	}

	public static Instant from(String value) {
		return parse("from", value, false);
	}

	/** Exclusive upper bound. */
	public static Instant to(String value) {
		return parse("to", value, true);
	}

	private static Instant parse(String field, String value, boolean endOfDay) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.trim();
		try {
			if (v.length() == 10) {
				LocalDate day = LocalDate.parse(v);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(BEIJING).toInstant();
			}
			return OffsetDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "filter.date.invalid");
		}
	}
}
