package org.cciais.platform.notification.internal;

import java.util.List;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.inspection.InspectionReminder;
import org.cciais.platform.inspection.InspectionStateChanged;
import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Annual inspection to-dos and e-mails (texts in {@code i18n/inspection.properties}): the enterprise when a window
 * opens, 14 and 3 days before it closes and when a review failed (each linking to the page where it acts), a notice
 * when it passed; the review organisation when an inspection awaits its review. Each step closes the to-dos of the
 * step before. Keys are per inspection, step and submission round, so redelivered events and re-run jobs notify
 * once. The lapse itself is told by {@link CertificateNotifications} (the certificate became 失效, with the reason).
 */
@Component
class InspectionNotifications {

	private final NotificationCenter center;
	private final AccountManagement accounts;
	private final NotificationTexts texts;

	InspectionNotifications(NotificationCenter center, AccountManagement accounts, NotificationTexts texts) {
		this.center = center;
		this.accounts = accounts;
		this.texts = texts;
	}

	static String topic(long inspectionId) {
		return "inspection:" + inspectionId;
	}

	@ApplicationModuleListener
	void on(InspectionStateChanged e) {
		String topic = topic(e.inspectionId());
		Text subject = subject(e.industry(), e.certificateNumber(), e.year());
		String enterpriseLink = "/enterprise/inspections/" + e.inspectionId();
		switch (e.action()) {
			case "open" -> center.notifyAll(enterprise(e.enterpriseId()),
					Message.todo(null, texts.get("inspection.notice.open", subject, e.windowOpensOn(), e.windowClosesOn()),
							enterpriseLink, topic + ":open", topic, e.at()));
			case "submit", "rectify" -> {
				center.completeTopic(topic, null);
				Object who = e.enterpriseName() == null ? texts.get("inspection.notice.anEnterprise") : e.enterpriseName();
				Object changed = e.copyChanged() ? texts.get("inspection.notice.copyChanged") : "";
				String key = "submit".equals(e.action()) ? "inspection.notice.submitted" : "inspection.notice.rectified";
				center.notifyAll(accounts.findByOrganization(e.reviewOrgId(), Role.REVIEW_ORG),
						Message.todo(null, texts.get(key, who, subject, changed), "/review-org/inspections/" + e.inspectionId(),
								topic + ":review:" + e.round(), topic, e.at()));
			}
			case "fail" -> {
				center.completeTopic(topic, null);
				center.notifyAll(enterprise(e.enterpriseId()),
						Message.todo(null, texts.get("inspection.notice.failed", subject, e.opinion()),
								enterpriseLink + "/rectification", topic + ":rectify:" + e.round(), topic, e.at()));
			}
			case "pass" -> {
				center.completeTopic(topic, null);
				center.notifyAll(enterprise(e.enterpriseId()),
						Message.notice(null, texts.get(e.copyChanged() ? "inspection.notice.passedChanged"
								: "inspection.notice.passed", subject), "/enterprise/inspections/progress",
								topic + ":passed", topic, e.at()));
			}
			case "miss" -> center.completeTopic(topic, null);
			default -> {
				// scheduling and an opening by the enterprise's own action need nobody's attention
			}
		}
	}

	/** The 3-day reminder replaces the open to-do and the 14-day reminder: one pending to-do per inspection. */
	@ApplicationModuleListener
	void on(InspectionReminder r) {
		String topic = topic(r.inspectionId());
		String key = topic + ":remind:" + r.daysBefore();
		center.completeTopic(topic, key);
		center.notifyAll(enterprise(r.enterpriseId()),
				Message.todo(null, texts.get("inspection.notice.reminder",
						subject(r.industry(), r.certificateNumber(), r.year()), r.windowClosesOn(), r.daysBefore()),
						"/enterprise/inspections/" + r.inspectionId(), key, topic, null));
	}

	private List<AccountView> enterprise(long enterpriseId) {
		return accounts.findByEnterprise(enterpriseId);
	}

	private Text subject(Industry industry, String certificateNumber, int year) {
		return texts.get("inspection.notice.subject", industry, certificateNumber, texts.get("inspection.notice.year" + year));
	}
}
