package org.cciais.platform.shared;

/**
 * Spring's six-field cron in Chinese words for the 定时任务 page ("每 5 分钟", "每小时第 15 分", "每天 02:30"). Covers the
 * shapes the platform's jobs use; any other expression is shown as it is.
 */
final class CronWords {

	private CronWords() {
	}

	static String describe(String cron) {
		if (cron == null || cron.isBlank() || "-".equals(cron.trim())) {
			return "已停用";
		}
		String[] f = cron.trim().split("\\s+");
		if (f.length != 6 || !"*".equals(f[3]) || !"*".equals(f[4]) || !("*".equals(f[5]) || "?".equals(f[5]))) {
			return cron;
		}
		String sec = f[0];
		String min = f[1];
		String hour = f[2];
		if (!"0".equals(sec)) {
			return cron;
		}
		if ("*".equals(hour) && min.startsWith("*/") && isNumber(min.substring(2))) {
			return "每 " + min.substring(2) + " 分钟";
		}
		if ("*".equals(hour) && isNumber(min)) {
			return "每小时第 " + Integer.parseInt(min) + " 分";
		}
		if (hour.startsWith("*/") && isNumber(hour.substring(2)) && isNumber(min)) {
			return "每 " + hour.substring(2) + " 小时（第 " + Integer.parseInt(min) + " 分）";
		}
		if (isNumber(hour) && isNumber(min)) {
			return String.format("每天 %02d:%02d", Integer.parseInt(hour), Integer.parseInt(min));
		}
		return cron;
	}

	private static boolean isNumber(String s) {
		return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
	}
}
