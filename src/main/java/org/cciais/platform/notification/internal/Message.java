package org.cciais.platform.notification.internal;

import java.time.Instant;

/**
 * What to tell someone: a to-do ({@code actionRequired}, with the link to the action page) or a notice.
 *
 * @param subject the e-mail subject, null for one derived from the text
 * @param refKey makes the message idempotent per account (a redelivered event adds nothing), may be null
 * @param topic groups the to-dos of one case (e.g. {@code application:42}) so that a later step closes them
 * @param at when it happened, null for now
 */
public record Message(String subject, String text, String link, boolean actionRequired, String refKey, String topic,
		Instant at) {

	public static Message todo(String subject, String text, String link, String refKey, String topic, Instant at) {
		return new Message(subject, text, link, true, refKey, topic, at);
	}

	public static Message notice(String subject, String text, String link, String refKey, String topic, Instant at) {
		return new Message(subject, text, link, false, refKey, topic, at);
	}
}
