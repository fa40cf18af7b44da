package org.cciais.platform.certificate.internal;

import java.util.List;

import org.cciais.platform.shared.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link StatusReason}s of the platform's own words ({@code certificate.record.*}), with their Chinese
 * record ({@link Languages#CHINESE}: the base bundle).
 */
@Component
public class StatusReasons {

	public static final String ISSUED = "certificate.record.issued";
	public static final String EXPIRED = "certificate.record.expired";
	public static final String REPLACED = "certificate.record.replaced";
	public static final String REVOKED = "certificate.record.revoked";
	public static final String CANCEL_REQUESTED = "certificate.record.cancelRequested";
	public static final String INSPECTION_MISSED = "certificate.record.inspectionMissed";

	private final MessageSource messages;

	StatusReasons(MessageSource messages) {
		this.messages = messages;
	}

	/** The words of {@code key} with its {@code args}, then {@code typed} (null for nothing typed). */
	public StatusReason of(String key, String typed, String... args) {
		StatusReason reason = new StatusReason(key, List.of(args), typed, null);
		return new StatusReason(key, reason.args(), typed, record(key, reason.arguments().toArray()));
	}

	/** 已换发新证书 {@code successor}'s number. */
	public StatusReason replacedBy(Certificate successor) {
		return of(REPLACED, null, successor.getNumber());
	}

	/** Chinese words of the record ({@code certificate.audit.*}, …) that no history keeps. */
	public String record(String key, Object... args) {
		return messages.getMessage(key, args, Languages.CHINESE);
	}
}
