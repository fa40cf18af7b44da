package org.cciais.platform.certificate;

import org.cciais.platform.shared.ConflictException;

/**
 * A life-cycle action that the certificate's current status does not allow (409): the message names the status,
 * e.g. "证书当前状态为已注销，不能暂停"; the status is an argument the {@code MessageSource} puts in the reader's language.
 */
public class CertificateTransitionRefused extends ConflictException {

	private final CertificateStatus current;

	public CertificateTransitionRefused(String messageKey, CertificateStatus current) {
		super(messageKey, current);
		this.current = current;
	}

	public CertificateStatus current() {
		return current;
	}
}
