package org.cciais.platform.notification.internal;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Words of a to-do, notice or e-mail, kept as a message key and its arguments until the recipient is known: the
 * {@link NotificationCenter} puts them in the recipient's language when it stores the notification and writes the
 * mail. Arguments may be other texts or {@code Labelled} codes (industries, levels); the {@code MessageSource}
 * translates those too.
 */
public final class Text extends DefaultMessageSourceResolvable {

	private Text(String[] codes, Object[] args, String defaultMessage) {
		super(codes, args, defaultMessage);
	}

	/** The message {@code key} of the notification bundles with its arguments. */
	public static Text of(String key, Object... args) {
		return new Text(new String[] { key }, args, null);
	}

	/** Words that are the same in every language (a user's own words, a text built elsewhere). */
	public static Text literal(String words) {
		return new Text(new String[0], null, words);
	}

	/** This text followed by {@code next} (an opinion after the step's text). */
	public Text then(Text next) {
		return of("notification.concat", this, next);
	}
}
