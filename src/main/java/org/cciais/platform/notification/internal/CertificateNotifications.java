package org.cciais.platform.notification.internal;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.certificate.CertificateIssued;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateStatusChanged;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.Certificates;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the enterprise that a certificate was issued, or became invalid (失效) or expired, with the reason. */
@Component
public class CertificateNotifications {

	private final NotificationCenter center;
	private final AccountManagement accounts;
	private final Certificates certificates;
	private final NotificationTexts texts;

	CertificateNotifications(NotificationCenter center, AccountManagement accounts, Certificates certificates,
			NotificationTexts texts) {
		this.center = center;
		this.accounts = accounts;
		this.certificates = certificates;
		this.texts = texts;
	}

	static String topic(long certificateId) {
		return "certificate:" + certificateId;
	}

	@ApplicationModuleListener
	void on(CertificateIssued issued) {
		String number = certificates.find(issued.certificateId()).map(CertificateView::number).orElse("");
		String subject = texts.get("certificate.subject", issued.industry().label(), issued.level().label());
		String text = texts.get("certificate.issued.notice", subject, number, issued.expiresOn().toString());
		center.notifyAll(accounts.findByEnterprise(issued.enterpriseId()),
				Message.notice(texts.get("notification.mail.subject.notice", texts.get("certificate.mail.issued", subject)), text,
						ApplicationNotifications.CERTIFICATES_LINK, topic(issued.certificateId()) + ":issued",
						topic(issued.certificateId()), null));
	}

	@ApplicationModuleListener
	void on(CertificateStatusChanged changed) {
		if (changed.status() == CertificateStatus.VALID) {
			return;
		}
		CertificateView certificate = certificates.find(changed.certificateId()).orElse(null);
		String subject = certificate == null ? ""
				: texts.get("certificate.subject", certificate.industry().label(), certificate.level().label());
		String number = certificate == null ? "" : certificate.number();
		String reason = changed.reason() == null || changed.reason().isBlank() ? changed.status().label()
				: changed.reason().trim();
		String kind = switch (changed.status()) {
			case EXPIRED -> "expired";
			case REPLACED -> "replaced";
			default -> "invalid";
		};
		String text = texts.get("certificate." + kind + ".notice", subject, number, reason);
		center.notifyAll(accounts.findByEnterprise(changed.enterpriseId()),
				Message.notice(texts.get("notification.mail.subject.notice",
						texts.get("certificate.mail." + kind, subject)), text,
						ApplicationNotifications.CERTIFICATES_LINK,
						topic(changed.certificateId()) + ":" + changed.status(), topic(changed.certificateId()),
						null));
	}
}
