package org.cciais.platform.shared.web;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * For tests of page texts without a request: each test reads as a Chinese reader (a test may switch to English),
 * whatever the JVM's locale or the platform's default, and the language is forgotten after it.
 */
class ChineseReader implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		LocaleContextHolder.setLocale(Languages.CHINESE);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		LocaleContextHolder.resetLocaleContext();
	}
}
