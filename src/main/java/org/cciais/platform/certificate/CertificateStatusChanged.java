package org.cciais.platform.certificate;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * A certificate changed status (suspended, restored, 失效, cancelled, replaced, expired); {@code reason} is the
 * Chinese text shown everywhere, {@code previous} the status it left. {@code words} are the same reason as the
 * platform's own words, a bundle key and its arguments (what a person typed the last of them), to be said in each
 * recipient's language; null for a reason only typed (and then not stored, as before it existed).
 */
public record CertificateStatusChanged(long certificateId, long enterpriseId, CertificateStatus status,
		String reason, CertificateStatus previous, @JsonInclude(Include.NON_NULL) Words words) {

	/** A message key of the bundles and its arguments. */
	public record Words(String key, List<String> args) {

		public Words {
			args = args == null ? List.of() : List.copyOf(args);
		}
	}

	/** A change for a reason only typed. */
	public CertificateStatusChanged(long certificateId, long enterpriseId, CertificateStatus status, String reason,
			CertificateStatus previous) {
		this(certificateId, enterpriseId, status, reason, previous, null);
	}

	/** Kept for callers that know only the new status (the previous one was VALID). */
	public CertificateStatusChanged(long certificateId, long enterpriseId, CertificateStatus status, String reason) {
		this(certificateId, enterpriseId, status, reason, CertificateStatus.VALID);
	}
}
