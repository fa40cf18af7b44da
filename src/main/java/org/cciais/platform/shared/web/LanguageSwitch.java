package org.cciais.platform.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the links of the header's language switch ({@code languages}): the same path and query with
 * {@code lang} set, the current language marked. Each language is named in itself (中文, English).
 */
@ControllerAdvice
class LanguageSwitch {

	record Choice(String tag, String name, String href, boolean current) {
	}

	@ModelAttribute("languages")
	List<Choice> languages(HttpServletRequest request) {
		if (ErrorHandling.isApi(request)) {
			return List.of();
		}
		Locale current = Languages.supported(LocaleContextHolder.getLocale());
		return List.of(choice(request, Languages.CHINESE, "zh_CN", "中文", current),
				choice(request, Languages.ENGLISH, "en", "English", current));
	}

	private static Choice choice(HttpServletRequest request, Locale locale, String parameter, String name,
			Locale current) {
		return new Choice(locale.toLanguageTag(), name, link(request, parameter), locale.equals(current));
	}

	static String link(HttpServletRequest request, String parameter) {
		String query = request.getQueryString();
		try {
			return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
				.replaceQueryParam(Languages.PARAMETER, parameter)
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException malformedQuery) {
			// a query that is not validly encoded is dropped rather than repeated
			return request.getRequestURI() + "?" + Languages.PARAMETER + "=" + parameter;
		}
	}
}
