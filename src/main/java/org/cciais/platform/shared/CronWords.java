package org.cciais.platform.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Spring's six-field cron in words for the 定时任务 page ("每 5 分钟", "每小时第 15 分", "每天 02:30"), as a message
 * ({@code job.schedule.*}) that the reader's language words. Covers the shapes the platform's jobs use; any other
 * expression is shown as it is.
 */
final class CronWords {

	private CronWords() {
	}

	static MessageSourceResolvable describe(String cron) {
		if (cron == null || cron.isBlank() || "-".equals(cron.trim())) {
			return words("job.schedule.off", cron);
		}
		String[] f = cron.trim().split("\\s+");
		if (f.length != 6 || !"*".equals(f[3]) || !"*".equals(f[4]) || !("*".equals(f[5]) || "?".equals(f[5]))
				|| !"0".equals(f[0])) {
			return literal(cron);
		}
		String min = f[1];
		String hour = f[2];
		if ("*".equals(hour) && min.startsWith("*/") && isNumber(min.substring(2))) {
			return words("job.schedule.minutes", cron, min.substring(2));
		}
		if ("*".equals(hour) && isNumber(min)) {
			return words("job.schedule.hourly", cron, String.valueOf(Integer.parseInt(min)));
		}
		if (hour.startsWith("*/") && isNumber(hour.substring(2)) && isNumber(min)) {
			return words("job.schedule.hours", cron, hour.substring(2), String.valueOf(Integer.parseInt(min)));
		}
		if (isNumber(hour) && isNumber(min)) {
			return words("job.schedule.daily", cron,
					String.format("%02d:%02d", Integer.parseInt(hour), Integer.parseInt(min)));
		}
		return literal(cron);
	}

	private static MessageSourceResolvable words(String key, String cron, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { key }, args, cron);
	}

	/** No key: the expression itself. */
	private static MessageSourceResolvable literal(String cron) {
		return new DefaultMessageSourceResolvable(new String[0], null, cron);
	}

	private static boolean isNumber(String s) {
		return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
	}
}
