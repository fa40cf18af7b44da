package org.cciais.platform.certificate;

import org.cciais.platform.shared.Labelled;

/**
 * A certificate's status. Only {@link #VALID} counts as held (level derivation, engineer binding); only
 * {@link #SUSPENDED} can return to VALID, every other status ends the certificate.
 */
public enum CertificateStatus implements Labelled {
	/** 有效. */
	VALID("有效", null),
	/** 暂停: suspended by the association, reversible (恢复). */
	SUSPENDED("暂停", "暂停"),
	/** 失效: annual inspection missed, or revoked by the association. */
	INVALID("失效", "失效"),
	/** 注销: cancelled at the holder's request, confirmed by the association. */
	CANCELLED("已注销", "注销"),
	/** 已换发: a renewal issued its successor. */
	REPLACED("已换发", "已换发"),
	/** 已过期: three years passed. */
	EXPIRED("已过期", "已过期");

	private final String label;
	private final String watermark;

	CertificateStatus(String label, String watermark) {
		this.label = label;
		this.watermark = watermark;
	}

	/** The Chinese name (the certificate PDF, the audit log); pages use {@link #messageKey()}. */
	public String label() {
		return label;
	}

	@Override
	public String messagePrefix() {
		return "certificate.status";
	}

	/** The word printed across the PDFs of a certificate in this status; null when VALID. */
	public String watermark() {
		return watermark;
	}

	/** Whether the certificate counts as held: for the next level, for binding engineers, for inspections. */
	public boolean held() {
		return this == VALID;
	}

	/** Whether no transition leads out of this status any more (everything but VALID and SUSPENDED). */
	public boolean terminal() {
		return this != VALID && this != SUSPENDED;
	}
}
