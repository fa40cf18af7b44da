package org.cciais.platform.notification.internal;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.certificate.CertificateIssued;
import org.cciais.platform.certificate.CertificateRequestDeclined;
import org.cciais.platform.certificate.CertificateStatus;
import org.cciais.platform.certificate.CertificateStatusChanged;
import org.cciais.platform.certificate.CertificateView;
import org.cciais.platform.certificate.CertificateQueries;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the enterprise that a certificate was issued, suspended, restored, became invalid (失效), was cancelled,
 * replaced by a renewal or expired, with the reason; and that its cancellation request was declined.
 */
@Component
public class CertificateNotifications {

	private final NotificationCenter center;
	private final AccountManagement accounts;
	private final CertificateQueries certificates;
	private final NotificationTexts texts;

	CertificateNotifications(NotificationCenter center, AccountManagement accounts, CertificateQueries certificates,
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
		Text subject = texts.get("certificate.subject", issued.industry(), issued.level());
		Text text = texts.get("certificate.issued.notice", subject, number, issued.expiresOn().toString());
		center.notifyAll(accounts.findByEnterprise(issued.enterpriseId()),
				Message.notice(texts.get("notification.mail.subject.notice", texts.get("certificate.mail.issued", subject)), text,
						ApplicationNotifications.CERTIFICATES_LINK, topic(issued.certificateId()) + ":issued",
						topic(issued.certificateId()), null));
	}

	@ApplicationModuleListener
	void on(CertificateStatusChanged changed) {
		String kind = switch (changed.status()) {
			case VALID -> changed.previous() == CertificateStatus.SUSPENDED ? "restored" : null;
			case SUSPENDED -> "suspended";
			case INVALID -> "invalid";
			case CANCELLED -> "cancelled";
			case REPLACED -> "replaced";
			case EXPIRED -> "expired";
		};
		if (kind == null) {
			return;
		}
		CertificateView certificate = certificates.find(changed.certificateId()).orElse(null);
		Object subject = certificate == null ? ""
				: texts.get("certificate.subject", certificate.industry(), certificate.level());
		String number = certificate == null ? "" : certificate.number();
		Object reason = changed.words() != null
				? texts.get(changed.words().key(), changed.words().args().toArray())
				: changed.reason() == null || changed.reason().isBlank() ? changed.status() : changed.reason().trim();
		Text text = texts.get("certificate." + kind + ".notice", subject, number, reason);
		center.notifyAll(accounts.findByEnterprise(changed.enterpriseId()),
				Message.notice(texts.get("notification.mail.subject.notice",
						texts.get("certificate.mail." + kind, subject)), text,
						ApplicationNotifications.CERTIFICATES_LINK,
						topic(changed.certificateId()) + ":" + changed.status()
								+ (changed.status().terminal() ? "" : ":" + stamp(certificate)),
						topic(changed.certificateId()), null));
	}

	/** The declined cancellation request: the certificate stays as it was. */
	@ApplicationModuleListener
	void on(CertificateRequestDeclined declined) {
		CertificateView certificate = certificates.find(declined.certificateId()).orElse(null);
		Object subject = certificate == null ? ""
				: texts.get("certificate.subject", certificate.industry(), certificate.level());
		String number = certificate == null ? "" : certificate.number();
		center.notifyAll(accounts.findByEnterprise(declined.enterpriseId()),
				Message.notice(texts.get("notification.mail.subject.notice",
						texts.get("certificate.mail.cancelDeclined", subject)),
						texts.get("certificate.cancelDeclined.notice", subject, number, declined.opinion()),
						ApplicationNotifications.CERTIFICATES_LINK,
						topic(declined.certificateId()) + ":decline:" + declined.requestId(),
						topic(declined.certificateId()), null));
	}

	/** A suspension can be lifted and imposed again: each change is its own notice, not a duplicate of the last. */
	private static String stamp(CertificateView certificate) {
		return certificate == null || certificate.statusSince() == null ? ""
				: String.valueOf(certificate.statusSince().toEpochMilli());
	}
}
