package org.cciais.platform.application.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.WorkflowAction;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.Labelled;
import org.cciais.platform.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for the application templates ({@code ${@appFormat.dateTime(x)}}), in Beijing time and the reader's
 * language.
 */
@Component("appFormat")
public class ApplicationFormat {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(PlatformClock.ZONE);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final Clock clock;
	private final MessageSource messages;

	ApplicationFormat(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	public String dateTime(Instant at) {
		return at == null ? "—" : DATE_TIME.format(at);
	}

	public String date(LocalDate date) {
		return date == null ? "—" : DATE.format(date);
	}

	/** 剩余 6 天 23 小时 / 已超过期限, in the reader's language. */
	public String remaining(Instant due) {
		if (due == null) {
			return "";
		}
		Duration left = Duration.between(clock.instant(), due);
		if (left.isNegative() || left.isZero()) {
			return text("application.format.overdue");
		}
		long days = left.toDays();
		long hours = left.minusDays(days).toHours();
		long minutes = left.minusDays(days).minusHours(hours).toMinutes();
		return days > 0 ? text("application.format.remainingDays", days, hours)
				: text("application.format.remainingHours", hours, minutes);
	}

	public boolean urgent(Instant due) {
		return due != null && Duration.between(clock.instant(), due).compareTo(Duration.ofDays(2)) < 0;
	}

	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KB", bytes / 1024.0);
		}
		return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
	}

	public String role(Role role) {
		return role == null ? text("application.actor.system") : text(role);
	}

	/** The button text of a workflow action code. */
	public String action(String code) {
		return WorkflowAction.byCode(code).map(this::text).orElse(code);
	}

	public String status(ApplicationStatus status) {
		return status == null ? "—" : text(status);
	}

	/** Bootstrap badge colour of a state. */
	public String badge(ApplicationStatus status) {
		if (status == null) {
			return "text-bg-secondary";
		}
		return switch (status) {
			case CERTIFIED -> "text-bg-success";
			case REJECTED, TERMINATED, EXPIRED, CANCELLED -> "text-bg-secondary";
			case RETURNED, DOC_RECTIFICATION, ONSITE_RECTIFICATION, TERMINATION_PROPOSED -> "text-bg-warning";
			case ACCEPTED -> "text-bg-info";
			default -> "text-bg-primary";
		};
	}

	/** Whose turn it is (the current stage as the manual describes it). */
	public String waitingFor(ApplicationStatus status) {
		return text("application.waitingFor." + status.name());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private String text(Labelled code) {
		return messages.getMessage(code, LocaleContextHolder.getLocale());
	}
}
