package org.cciais.platform.certificate.internal;

import java.util.ArrayList;
import java.util.List;

import org.cciais.platform.shared.LocalText;

/**
 * Why a certificate's status changed, as its status history keeps it: the platform's own words as a bundle key and
 * its arguments ({@code key} null for none: a reason only typed), then what a person typed ({@code typed}, null for
 * nothing), which is the key's last argument. {@code record} is the same in Chinese, for the certificate's reason of
 * its status (its pages, its PDFs, the audit log, the event); null where the status keeps no reason (VALID).
 */
public record StatusReason(String key, List<String> args, String typed, String record) {

	/** Between the arguments where a column keeps them: the unit separator, which no typed text holds. */
	static final String SEPARATOR = "\u001F";

	public StatusReason {
		args = args == null ? List.of() : List.copyOf(args);
	}

	/** Only what a person typed (暂停, 恢复, a lapse for a reason of the caller's own). */
	public static StatusReason typed(String text) {
		return new StatusReason(null, List.of(), text, text);
	}

	/** The arguments of {@link #key} as the bundle writes them: {@link #args}, then what was typed. */
	List<String> arguments() {
		if (typed == null) {
			return args;
		}
		List<String> all = new ArrayList<>(args);
		all.add(typed);
		return List.copyOf(all);
	}

	static String join(List<String> arguments) {
		return String.join(SEPARATOR, arguments);
	}

	static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR, -1));
	}

	/**
	 * In the reader's language: {@code key} with all its {@code arguments}; without a key, {@code written} as it was
	 * written (a reason only typed, or a row from before the keys); null for neither.
	 */
	static LocalText said(String key, List<String> arguments, String written) {
		if (key != null) {
			return LocalText.of(key, arguments.toArray());
		}
		return written == null ? null : LocalText.asWritten(written);
	}
}
