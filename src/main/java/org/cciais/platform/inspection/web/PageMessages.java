package org.cciais.platform.inspection.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.web.FormRefusal;
import org.cciais.platform.shared.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns a refusal into the text a page shows: one line, or a message per field beside the fields. */
@Component
class PageMessages {

	private final MessageSource messages;

	PageMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The refusal of one form of a page, each message beside its field (see {@link FormRefusal}). */
	FormRefusal refusal(PlatformException ex, String form, String fileField, Map<String, String> typed) {
		return FormRefusal.of(ex, messages, e -> text((PlatformException) e), form, fileField, typed);
	}

	String text(PlatformException ex) {
		if (ex instanceof InvalidInputException invalid) {
			// one sentence: the parts joined by 「；」, a single full stop at the end (never 「。；」); in English "; " and "."
			boolean english = Languages.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
			return fields(invalid).values().stream().distinct().map(PageMessages::withoutFullStop)
				.collect(Collectors.joining(english ? "; " : "；")) + (english ? "." : "。");
		}
		return resolve(ex.messageKey(), ex.args());
	}

	Map<String, String> fields(InvalidInputException ex) {
		Map<String, String> byField = new LinkedHashMap<>();
		ex.problems().forEach(p -> byField.merge(p.field(), resolve(p.messageKey(), p.args()), (a, b) -> a + "；" + b));
		return byField;
	}

	private static String withoutFullStop(String text) {
		return text.endsWith("。") || text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	String resolve(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
