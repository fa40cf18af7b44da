package org.cciais.platform.certificate;

import org.cciais.platform.shared.Labelled;

/** A holder's request about its certificate: 待处理, 已确认, 已驳回. */
public enum CertificateRequestStatus implements Labelled {
	PENDING, CONFIRMED, DECLINED;

	@Override
	public String messagePrefix() {
		return "certificate.request.status";
	}
}
