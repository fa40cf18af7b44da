package org.cciais.platform.certificate.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a certificate's status changed, as its status history keeps it: the platform's own words as a bundle key and
 * its arguments ({@code key} null for none: a reason only typed), then what a person typed ({@code typed}, null for
 * nothing), which is the key's last argument. {@code record} is the same in Chinese, for the certificate's reason of
 * its status (its pages, its PDFs, the audit log, the event); null where the status keeps no reason (VALID).
 */
public record StatusReason(String key, List<String> args, String typed, String record) {

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
}
