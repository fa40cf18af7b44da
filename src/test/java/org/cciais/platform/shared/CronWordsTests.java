package org.cciais.platform.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class CronWordsTests {

	private final ResourceBundleMessageSource messages = messages();

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/backoffice");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private String words(String cron, Locale language) {
		return messages.getMessage(CronWords.describe(cron), language);
	}

	@Test
	void describesThePlatformsSchedulesInChinese() {
		assertThat(words("0 */5 * * * *", Locale.SIMPLIFIED_CHINESE)).isEqualTo("每 5 分钟");
		assertThat(words("0 15 * * * *", Locale.SIMPLIFIED_CHINESE)).isEqualTo("每小时第 15 分");
		assertThat(words("0 30 2 * * *", Locale.SIMPLIFIED_CHINESE)).isEqualTo("每天 02:30");
		assertThat(words("0 0 */6 * * *", Locale.SIMPLIFIED_CHINESE)).isEqualTo("每 6 小时（第 0 分）");
		assertThat(words("-", Locale.SIMPLIFIED_CHINESE)).isEqualTo("已停用");
		assertThat(words("0 0 9 * * MON-FRI", Locale.SIMPLIFIED_CHINESE)).isEqualTo("0 0 9 * * MON-FRI");
	}

	@Test
	void describesThemInEnglishForAnEnglishReader() {
		assertThat(words("0 */5 * * * *", Locale.ENGLISH)).isEqualTo("Every 5 minutes");
		assertThat(words("0 15 * * * *", Locale.ENGLISH)).isEqualTo("Hourly at minute 15");
		assertThat(words("0 30 2 * * *", Locale.ENGLISH)).isEqualTo("Daily at 02:30");
		assertThat(words("0 0 */6 * * *", Locale.ENGLISH)).isEqualTo("Every 6 hours (at minute 0)");
		assertThat(words("-", Locale.ENGLISH)).isEqualTo("Off");
		assertThat(words("0 0 9 * * MON-FRI", Locale.ENGLISH)).isEqualTo("0 0 9 * * MON-FRI");
	}
}
