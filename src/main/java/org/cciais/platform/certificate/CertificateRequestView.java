package org.cciais.platform.certificate;

import java.time.Instant;

/**
 * A holder's request to cancel (注销) a certificate, with the certificate's number and holder for the lists.
 *
 * @param opinion the association's opinion once decided, else null
 */
public record CertificateRequestView(long id, long certificateId, String certificateNumber, long enterpriseId,
		String enterpriseName, String kind, CertificateRequestStatus status, String reason, String requestedBy,
		Instant requestedAt, String decidedBy, Instant decidedAt, String opinion) {
}
