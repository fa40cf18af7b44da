/**
 * 通知提醒 (manual 3.2) and the association's public notices (公告).
 * <p>
 * <b>Owns</b>: who is told what at each step of every case: the to-dos per account, their e-mail copies through
 * the outbox, the reminders of the materials deadline; the notices ADMIN publishes. The texts are in
 * {@code i18n/notification.properties}.
 * <p>
 * <b>Exposes</b>: its pages and API only.
 * <p>
 * <b>Listens to</b>: {@link org.cciais.platform.application.ApplicationStateChanged},
 * {@link org.cciais.platform.application.ApplicationsExpired},
 * {@link org.cciais.platform.certificate.CertificateIssued},
 * {@link org.cciais.platform.certificate.CertificateStatusChanged},
 * {@link org.cciais.platform.certificate.CertificateRequestDeclined},
 * {@link org.cciais.platform.inspection.InspectionStateChanged},
 * {@link org.cciais.platform.inspection.InspectionReminder},
 * {@link org.cciais.platform.enterprise.EnterpriseChangeProgressed} and
 * {@link org.cciais.platform.enterprise.EnterprisePurged}. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.cciais.platform.notification;
