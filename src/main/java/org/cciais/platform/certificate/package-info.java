/**
 * Qualification certificates: issuance on {@link org.cciais.platform.application.ApplicationApproved} (exactly
 * once; an approved renewal replaces the renewed certificate), numbering, 正本/副本 PDFs with a QR code, the
 * association's seal and a PAdES signature, the status life after issuance (VALID, SUSPENDED, INVALID, CANCELLED,
 * REPLACED, EXPIRED) with its history, the holder's cancellation requests, and public verification of numbers and
 * of uploaded PDF files. Public API: {@link org.cciais.platform.certificate.Certificates} (reads, issuance facts)
 * and {@link org.cciais.platform.certificate.CertificateManagement} (status changes); events
 * {@link org.cciais.platform.certificate.CertificateIssued} and
 * {@link org.cciais.platform.certificate.CertificateStatusChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package org.cciais.platform.certificate;
