package org.cciais.platform.notification.internal;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.enterprise.EnterpriseChangeProgressed;
import org.cciais.platform.enterprise.EnterpriseQueries;
import org.cciais.platform.shared.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 变更申请: a submitted (or rectified) change is a to-do of the association's administrators; its decision settles
 * that to-do and tells the enterprise — a notice when passed, a to-do to rectify when failed. One notification per
 * step (keys carry the step's time, so a redelivered event stores nothing twice).
 */
@Component
class EnterpriseChangeNotifications {

	static final String ENTERPRISE_LINK = "/enterprise/changes";

	private final NotificationCenter center;
	private final AccountManagement accounts;
	private final EnterpriseQueries enterprises;
	private final NotificationTexts texts;

	EnterpriseChangeNotifications(NotificationCenter center, AccountManagement accounts, EnterpriseQueries enterprises,
			NotificationTexts texts) {
		this.center = center;
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.texts = texts;
	}

	static String topic(long changeId) {
		return "enterprise-change:" + changeId;
	}

	@ApplicationModuleListener
	void on(EnterpriseChangeProgressed event) {
		String topic = topic(event.changeId());
		String key = topic + ":" + event.step() + ":" + event.at().toEpochMilli();
		String name = enterprises.get(event.enterpriseId()).name();
		// whoever acted has done the step that was awaited of them
		center.completeTopic(topic, null);
		if (event.step().awaitsReview()) {
			Text text = texts.get("enterprise.change." + event.step().name().toLowerCase() + ".todo", name);
			center.notifyAll(accounts.findByRole(Role.ADMIN), Message.todo(null, text,
					"/admin/enterprise-changes/" + event.changeId(), key, topic, event.at()));
			return;
		}
		boolean passed = event.step() == EnterpriseChangeProgressed.Step.PASSED;
		Object opinion = event.opinion() == null || event.opinion().isBlank() ? texts.get("enterprise.change.noOpinion")
				: event.opinion().trim();
		Text text = texts.get(passed ? "enterprise.change.passed.notice" : "enterprise.change.failed.todo", opinion);
		Message message = passed ? Message.notice(null, text, ENTERPRISE_LINK, key, topic, event.at())
				: Message.todo(null, text, ENTERPRISE_LINK, key, topic, event.at());
		center.notifyAll(accounts.findByEnterprise(event.enterpriseId()), message);
	}
}
