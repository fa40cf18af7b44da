/**
 * Qualification certificates: issuance on {@link org.cciais.platform.application.ApplicationApproved} (exactly
 * once), numbering, 正本/副本 PDFs with a QR code, status (VALID, INVALID, EXPIRED), public verification.
 * Public API: {@link org.cciais.platform.certificate.Certificates}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package org.cciais.platform.certificate;
