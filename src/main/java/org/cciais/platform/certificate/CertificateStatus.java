package org.cciais.platform.certificate;

import org.cciais.platform.shared.Labelled;

/**
 * A certificate's status; its name is {@code certificate.status.<NAME>}, and the word printed across the PDFs of a
 * certificate not held {@code certificate.watermark.<NAME>}. Only {@link #VALID} counts as held (level derivation,
 * engineer binding); only {@link #SUSPENDED} can return to VALID, every other status ends the certificate.
 */
public enum CertificateStatus implements Labelled {
	/** 有效. */
	VALID,
	/** 暂停: suspended by the association, reversible (恢复). */
	SUSPENDED,
	/** 失效: annual inspection missed, or revoked by the association. */
	INVALID,
	/** 注销: cancelled at the holder's request, confirmed by the association. */
	CANCELLED,
	/** 已换发: a renewal issued its successor. */
	REPLACED,
	/** 已过期: three years passed. */
	EXPIRED;

	@Override
	public String messagePrefix() {
		return "certificate.status";
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
