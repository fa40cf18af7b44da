package org.cciais.platform.shared.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.cciais.platform.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The refused filters of a list page ({@link DateRanges}, a number of days, a code that names nothing):
 * each Chinese message kept beside its field, so the page shows the form as typed above an empty list instead of
 * an error page. The API parses the same filters directly and answers a refusal as a 400.
 */
public final class FilterErrors {

	private final MessageSource messages;

	private final Map<String, String> byField = new LinkedHashMap<>();

	public FilterErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** The parsed value, or null with the refusal's message kept beside its field. */
	public <T> T checked(Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (InvalidInputException ex) {
			byField.putIfAbsent(ex.field(), messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
			return null;
		}
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

	/** Message by field name, for the page ({@code errors.containsKey('from')}). */
	public Map<String, String> byField() {
		return Collections.unmodifiableMap(byField);
	}
}
