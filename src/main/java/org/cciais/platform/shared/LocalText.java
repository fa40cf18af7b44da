package org.cciais.platform.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Words of the platform's own in a view that the API writes out as JSON ({@code statusLabel}, {@code actionLabel},
 * …): a bundle key and its arguments, put in the reader's language only when written. JSON has the text in the
 * request's language ({@code Accept-Language}; Chinese outside a request); Java hands {@link #words()} to the
 * {@code MessageSource}, or as the argument of another message, which puts it in that message's language.
 */
public record LocalText(MessageSourceResolvable words) {

	/** The name of a code ({@code ChangeStatus.SUBMITTED} → 待审核 / Under review). */
	public static LocalText of(Labelled code) {
		return new LocalText(code);
	}

	/** A bundle key with its arguments (a key missing from the bundles reads as itself, never an error). */
	public static LocalText of(String key, Object... args) {
		return new LocalText(new DefaultMessageSourceResolvable(new String[] { key }, args, key));
	}

	/** Text kept as it was written (typed by a person, or stored before the platform kept keys): said as it is. */
	public static LocalText asWritten(String text) {
		return new LocalText(new DefaultMessageSourceResolvable(new String[0], null, text));
	}
}
