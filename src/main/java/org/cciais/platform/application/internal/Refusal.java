package org.cciais.platform.application.internal;

import java.util.List;

import org.cciais.platform.shared.ConflictException;
import org.cciais.platform.shared.ForbiddenException;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.PlatformException;

/**
 * Why the workflow refuses an action: what was wrong and the message (bundle key and arguments) the caller reads.
 *
 * @param args message arguments; a {@code Labelled} code among them is put in the reader's language
 */
public record Refusal(Kind kind, String messageKey, List<Object> args) {

	/** What was wrong, in the order the workflow checks it. */
	public enum Kind {
		/** the caller's role never does this action (403) */
		ROLE,
		/** the caller is not the party of this case the action names, or may not see the case (404) */
		NOT_A_PARTY,
		/** the case's state does not allow the action (409) */
		STATE,
		/** a named check of the transition does not hold (409) */
		CHECK
	}

	public Refusal {
		args = List.copyOf(args);
	}

	static Refusal withReason(String messageKey, Object... args) {
		return new Refusal(Kind.CHECK, messageKey, List.of(args));
	}

	static Refusal of(Kind kind, String messageKey, Object... args) {
		return new Refusal(kind, messageKey, List.of(args));
	}

	/** The exception the web layer answers with (403, 404, 409). */
	public PlatformException exception() {
		Object[] a = args.toArray();
		return switch (kind) {
			case ROLE -> new ForbiddenException(messageKey, a);
			case NOT_A_PARTY -> new NotFoundException(messageKey, a);
			case STATE, CHECK -> new ConflictException(messageKey, a);
		};
	}
}
