package org.cciais.platform.shared.web;

import org.cciais.platform.shared.LocalText;
import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link LocalText} as its text in the language of the request being answered (the API follows
 * {@code Accept-Language}: {@link Languages}), so that a view built once serves a reader of either language.
 */
@JacksonComponent
class LocalTextJson extends ValueSerializer<LocalText> {

	private final MessageSource messages;

	LocalTextJson(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void serialize(LocalText text, JsonGenerator json, SerializationContext context) {
		json.writeString(messages.getMessage(text.words(), LocaleContextHolder.getLocale()));
	}
}
