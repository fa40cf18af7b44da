package org.cciais.platform.shared.web;

import org.cciais.platform.shared.LocalText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A {@link LocalText} of a view in a page, in the page's language: {@code th:text="${@words.say(c.reason())}"} (the
 * pages' counterpart of {@link LocalTextJson}).
 */
@Component("words")
public class PageWords {

	private final MessageSource messages;

	PageWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The text in the reader's language; null for none. */
	public String say(LocalText text) {
		return text == null ? null : messages.getMessage(text.words(), LocaleContextHolder.getLocale());
	}
}
