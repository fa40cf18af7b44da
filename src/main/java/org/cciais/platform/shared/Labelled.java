package org.cciais.platform.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A code whose words live in the message bundles, under {@code messagePrefix() + "." + name()}: the one source of the
 * names of industries, levels, roles, states and actions, in Chinese (default) and English. Pages write
 * {@code th:text="#{${x.messageKey()}}"}; Java asks the {@code MessageSource} with the reader's locale, or with
 * {@code Languages.CHINESE} for what is Chinese whoever reads it (the certificate sheets, the audit log's details):
 * no code carries words of its own. Being a {@link MessageSourceResolvable}, a code passed as an argument of another
 * message ({@code "{0}行业"}) is put in that message's language by the {@code MessageSource} itself.
 */
public interface Labelled extends MessageSourceResolvable {

	String name();

	/** The key prefix in the bundles, e.g. {@code industry}. */
	String messagePrefix();

	default String messageKey() {
		return messagePrefix() + "." + name();
	}

	@Override
	default String[] getCodes() {
		return new String[] { messageKey() };
	}

	@Override
	default String getDefaultMessage() {
		return name();
	}
}
