package org.cciais.platform.certificate.internal;

import java.io.IOException;
import java.io.InputStream;

import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.cciais.platform.certificate.internal.signing.CertificateSignature;
import org.cciais.platform.certificate.internal.signing.SignatureCheck;
import org.cciais.platform.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * 验证证书文件: whether an uploaded PDF is a genuine, unaltered certificate file of this platform (our signature,
 * intact, covering the whole file) and, if so, the certificate's current status, found by the signed number.
 */
@Component
public class CertificateFileChecks {

	/** Certificate PDFs are some 100 KB; anything above this is not one. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** What the check found, from best to worst. */
	public enum Outcome {
		/** Signed by the platform, unchanged, and the certificate exists: its current status is shown. */
		GENUINE,
		/** Was signed, but changed since (or something was appended). */
		ALTERED,
		/** Signed, but not with the platform's key. */
		FOREIGN_SIGNATURE,
		/** A PDF without any signature. */
		UNSIGNED,
		/** Not a PDF at all. */
		NOT_PDF,
		/** Signed by the platform, unchanged, but names no certificate known here. */
		UNKNOWN_CERTIFICATE
	}

	public record Result(Outcome outcome, String number, CertificateView certificate) {

		public boolean genuine() {
			return outcome == Outcome.GENUINE;
		}
	}

	private final CertificateSignature signature;
	private final CertificateQueries certificates;

	CertificateFileChecks(CertificateSignature signature, CertificateQueries certificates) {
		this.signature = signature;
		this.certificates = certificates;
	}

	/**
	 * Reads at most {@link #MAX_BYTES} from {@code upload} (the multipart stream) and checks it.
	 *
	 * @throws InvalidInputException (400, field {@code file}) when empty or larger
	 */
	public Result check(InputStream upload) throws IOException {
		byte[] file = upload.readNBytes(MAX_BYTES + 1);
		if (file.length == 0) {
			throw new InvalidInputException("file", "certificate.file.required");
		}
		if (file.length > MAX_BYTES) {
			throw new InvalidInputException("file", "certificate.file.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		SignatureCheck check = signature.check(file);
		if (!check.pdf()) {
			return new Result(Outcome.NOT_PDF, null, null);
		}
		if (!check.signed()) {
			return new Result(Outcome.UNSIGNED, null, null);
		}
		if (!check.intact()) {
			return new Result(Outcome.ALTERED, null, null);
		}
		if (!check.ours()) {
			return new Result(Outcome.FOREIGN_SIGNATURE, null, null);
		}
		if (!check.coversWholeFile()) {
			return new Result(Outcome.ALTERED, check.number(), null);
		}
		return certificates.byNumber(check.number())
			.map(c -> new Result(Outcome.GENUINE, c.number(), c))
			.orElseGet(() -> new Result(Outcome.UNKNOWN_CERTIFICATE, check.number(), null));
	}
}
