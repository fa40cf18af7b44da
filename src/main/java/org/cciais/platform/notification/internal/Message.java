package org.cciais.platform.notification.internal;

import java.time.Instant;

/**
 * What to tell someone: a to-do ({@code actionRequired}, with the link to the action page) or a notice.
 *
 * @param subject the e-mail subject, null for one derived from the text
 * @param text what the recipient reads, in their language
 * @param refKey makes the message idempotent per account (a redelivered event adds nothing), may be null
 * @param topic groups the to-dos of one case (e.g. {@code application:42}) so that a later step closes them
 * @param at when it happened, null for now
 */
public record Message(Text subject, Text text, String link, boolean actionRequired, String refKey, String topic,
		Instant at) {

	public static Message todo(Text subject, Text text, String link, String refKey, String topic, Instant at) {
		return new Message(subject, text, link, true, refKey, topic, at);
	}

	/** A to-do in words that are the same in every language ({@link Text#literal}). */
	public static Message todo(String subject, String text, String link, String refKey, String topic, Instant at) {
		return todo(subject == null ? null : Text.literal(subject), Text.literal(text), link, refKey, topic, at);
	}

	/** A notice in words that are the same in every language ({@link Text#literal}). */
	public static Message notice(String subject, String text, String link, String refKey, String topic, Instant at) {
		return notice(subject == null ? null : Text.literal(subject), Text.literal(text), link, refKey, topic, at);
	}

	public static Message notice(Text subject, Text text, String link, String refKey, String topic, Instant at) {
		return new Message(subject, text, link, false, refKey, topic, at);
	}
}
