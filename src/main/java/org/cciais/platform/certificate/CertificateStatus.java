package org.cciais.platform.certificate;

/** 有效, 失效 (missed inspection or revoked), 已过期 (three years passed), 已换发 (a renewal issued its successor). */
public enum CertificateStatus {
	VALID("有效"), INVALID("失效"), EXPIRED("已过期"), REPLACED("已换发新证书");

	private final String label;

	CertificateStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
