package org.cciais.platform.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The platform's two languages: Chinese (zh_CN, the default, the bundles without a suffix) and English ({@code _en}).
 * Pages follow the language chosen in the header switch ({@code ?lang=en} on any page, remembered in the cookie
 * {@code lang}) and never the browser's {@code Accept-Language}, so a page looks the same for every clerk until they
 * choose; the API ({@code /api/**}) follows {@code Accept-Language}. Any other language answers in Chinese. Outside
 * a request, Chinese: {@link ChineseByDefault}.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
	public static final Locale ENGLISH = Locale.ENGLISH;
	public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);
	public static final String PARAMETER = "lang";

	/** One of the two supported locales: English for any {@code en…}, Chinese for everything else. */
	public static Locale supported(Locale requested) {
		return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
	}

	/** Whether the platform speaks this language (zh or en, any country). */
	public static boolean isSupported(Locale locale) {
		return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
	}

	private static final PlatformLocaleResolver RESOLVER = new PlatformLocaleResolver();

	/**
	 * The language of a request as the locale resolver sees it, for servlet filters that answer before Spring MVC
	 * (where {@code LocaleContextHolder} holds the servlet's locale, the JVM's own without {@code Accept-Language}).
	 */
	public static Locale of(HttpServletRequest request) {
		return RESOLVER.resolveLocale(request);
	}

	@Bean
	LocaleResolver localeResolver() {
		return RESOLVER;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	static class PlatformLocaleResolver implements LocaleResolver {

		private final CookieLocaleResolver pages = new CookieLocaleResolver(PARAMETER);

		private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

		PlatformLocaleResolver() {
			pages.setDefaultLocale(CHINESE);
			pages.setCookieMaxAge(Duration.ofDays(365));
			pages.setCookieSameSite("Lax");
			api.setSupportedLocales(SUPPORTED);
			api.setDefaultLocale(CHINESE);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return supported(ErrorHandling.isApi(request) ? api.resolveLocale(request) : pages.resolveLocale(request));
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			// ?lang=xx (a language the platform does not have) leaves the chosen language as it is
			if (!ErrorHandling.isApi(request) && (locale == null || isSupported(locale))) {
				pages.setLocale(request, response, locale == null ? null : supported(locale));
			}
		}
	}
}
