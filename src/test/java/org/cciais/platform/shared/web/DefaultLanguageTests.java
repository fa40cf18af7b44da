package org.cciais.platform.shared.web;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cciais.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text looked up outside a request (a scheduled job, an event listener: no reader whose language is known) is in
 * the platform's default language, Chinese, even on a server whose JVM speaks English.
 */
class DefaultLanguageTests extends PlatformTest {

	@Autowired
	MessageSource messages;

	@Test
	void aTextLookedUpOutsideARequestIsChineseWhenTheJvmSpeaksEnglish() throws Exception {
		Locale jvm = Locale.getDefault();
		ExecutorService job = Executors.newSingleThreadExecutor();
		Locale.setDefault(Locale.ENGLISH);
		try {
			// a thread of its own, as a job's or a listener's: no locale context was ever set on it
			Locale locale = job.submit(() -> LocaleContextHolder.getLocale()).get();
			String text = job.submit(() -> messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()))
				.get();

			assertThat(locale).isEqualTo(Locale.SIMPLIFIED_CHINESE);
			assertThat(text).isEqualTo("当前角色无权执行此操作。");
		}
		finally {
			Locale.setDefault(jvm);
			job.shutdown();
		}
	}

	@Test
	void aLanguageThePlatformHasNoBundlesForReadsTheChineseOnesWhenTheJvmSpeaksEnglish() {
		Locale jvm = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		try {
			assertThat(messages.getMessage("error.forbidden", null, Locale.FRENCH)).isEqualTo("当前角色无权执行此操作。");
		}
		finally {
			Locale.setDefault(jvm);
		}
	}
}
