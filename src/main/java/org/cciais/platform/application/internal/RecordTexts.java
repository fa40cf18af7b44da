package org.cciais.platform.application.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words written as text into the records of a case (audit log details): kept in the platform's language,
 * Chinese, whoever reads them later, like the data the parties typed. The history of a case and the
 * {@code ApplicationStateChanged} event keep the same words as their key and arguments instead
 * ({@link QualificationApplication.Recorded}), said in the reader's language when shown. Their wording lives in the
 * bundle ({@code application.record.*}) all the same.
 */
@Component
public class RecordTexts {

	/** The base (Chinese) bundle: there is no {@code _zh_CN} file, so this locale falls back to it. */
	static final Locale RECORDS = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	RecordTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** A number argument is best given as a String: the message format would group its digits (1,024). */
	public String get(String key, Object... args) {
		return messages.getMessage(key, args, RECORDS);
	}
}
