/**
 * Qualification certificates (证书, manual 3.5).
 * <p>
 * <b>Owns</b>: issuance on an approved application (exactly once; an approved renewal replaces the renewed
 * certificate), numbering, the 正本/副本 PDFs with a QR code, the association's seal and a PAdES signature; the
 * status life after issuance (VALID, SUSPENDED, INVALID, CANCELLED, REPLACED, EXPIRED) with its history, in the
 * certificate aggregate; the holder's cancellation requests; the 副本 following the enterprise's registration data;
 * public verification of numbers and of uploaded PDF files.
 * <p>
 * <b>Exposes</b>: {@link org.cciais.platform.certificate.CertificateQueries} (reads, issuance facts),
 * {@link org.cciais.platform.certificate.CertificateManagement} (status changes, the 副本's data and requests),
 * {@link org.cciais.platform.certificate.CertificateStatisticsQueries} (reads); events
 * {@link org.cciais.platform.certificate.CertificateIssued},
 * {@link org.cciais.platform.certificate.CertificateStatusChanged} and
 * {@link org.cciais.platform.certificate.CertificateRequestDeclined}.
 * <p>
 * <b>Listens to</b>: {@link org.cciais.platform.application.ApplicationApproved} (issuance) and
 * {@link org.cciais.platform.enterprise.EnterpriseDataChanged} (the 副本 of every valid certificate).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package org.cciais.platform.certificate;
