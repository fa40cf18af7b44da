package org.cciais.platform.certificate.internal.signing;

/**
 * What the check of a PDF's signature found.
 *
 * @param pdf the file is a readable PDF
 * @param signed it has a signature
 * @param intact the signature matches the signed bytes (nothing in them was changed)
 * @param coversWholeFile nothing was appended after signing
 * @param ours made with the platform's signing key
 * @param number the certificate number signed with it, null when absent
 */
public record SignatureCheck(boolean pdf, boolean signed, boolean intact, boolean coversWholeFile, boolean ours, String number) {

	static SignatureCheck unsigned() {
		return new SignatureCheck(true, false, false, false, false, null);
	}

	static SignatureCheck notPdf() {
		return new SignatureCheck(false, false, false, false, false, null);
	}

	/** A genuine, unaltered certificate file of this platform. */
	public boolean genuine() {
		return signed && intact && coversWholeFile && ours && number != null;
	}
}
