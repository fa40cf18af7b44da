package org.cciais.platform.notification.internal;

import java.time.Instant;

/**
 * One entry of the 通知提醒 list as pages and the API show it.
 *
 * @param todo whether it asked for an action at all
 * @param pending a to-do still waiting for the recipient: blue and clickable (manual 3.2, note 2)
 * @param done a to-do whose action has happened: greyed out with 已处理
 */
public record NotificationView(long id, Instant createdAt, String text, String link, boolean todo, boolean pending,
		boolean done, boolean read) {

	/** When it was created, as read in Beijing: 2026-12-02 18:00. */
	public String time() {
		return NotificationTexts.minutes(createdAt);
	}

	static NotificationView of(Notification n) {
		return new NotificationView(n.getId(), n.getCreatedAt(), n.getText(), n.getLink(), n.isActionRequired(),
				n.isPending(), n.isDone(), n.isRead());
	}
}
