package org.cciais.platform.certificate;

/** The association declined a holder's cancellation request; the certificate is unchanged. */
public record CertificateRequestDeclined(long requestId, long certificateId, long enterpriseId, String opinion) {
}
