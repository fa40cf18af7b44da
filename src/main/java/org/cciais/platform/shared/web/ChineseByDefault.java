package org.cciais.platform.shared.web;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Text looked up outside a request (scheduled jobs, event listeners) is in the language of
 * {@link LocaleContextHolder#getLocale()}, which is the JVM's own unless the framework's default is set: the
 * platform's default is Chinese, whatever language the server runs in. Set before any bean is made (registered in
 * {@code META-INF/spring.factories}, so the application and every test context get it), so that no bean's start-up
 * text depends on the order in which beans are made. (With {@code spring.messages.fallback-to-system-locale: false}
 * a language without bundles also reads the Chinese ones.)
 */
public class ChineseByDefault implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LocaleContextHolder.setDefaultLocale(Languages.CHINESE);
	}
}
