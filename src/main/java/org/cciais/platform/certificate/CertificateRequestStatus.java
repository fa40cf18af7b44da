package org.cciais.platform.certificate;

import org.cciais.platform.shared.Labelled;

/** A holder's request about its certificate: 待处理, 已确认, 已驳回. */
public enum CertificateRequestStatus implements Labelled {
	PENDING("待协会处理"), CONFIRMED("已确认"), DECLINED("已驳回");

	private final String label;

	CertificateRequestStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	@Override
	public String messagePrefix() {
		return "certificate.request.status";
	}
}
