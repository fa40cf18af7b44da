package org.cciais.platform.notification.internal;

import java.time.Clock;
import java.util.List;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates to-dos and notices for accounts (and their e-mail copies), and marks to-dos done when the awaited action
 * happened. Used by this module's event listeners only.
 */
@Service
@Transactional
public class NotificationCenter {

	private final NotificationRepository repository;
	private final AccountManagement accounts;
	private final Mailer mailer;
	private final Clock clock;

	NotificationCenter(NotificationRepository repository, AccountManagement accounts, Mailer mailer, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Notifies one account. With a {@code refKey}, the same key for the same account is stored once (idempotent
	 * for redelivered events and re-run reminder jobs); {@link #complete} closes every to-do with that key.
	 */
	public void notify(long accountId, String text, String link, boolean actionRequired, String refKey) {
		if (refKey != null && repository.existsByRefKeyAndAccountId(refKey, accountId)) {
			return;
		}
		repository.save(new Notification(accountId, clock.instant(), text, link, actionRequired, refKey));
		accounts.findById(accountId)
			.ifPresent(a -> mailer.send(a.email(), "【CCIAIS】" + abbreviate(text), text, link));
	}

	public void notifyAll(List<AccountView> recipients, String text, String link, boolean actionRequired,
			String refKey) {
		recipients.forEach(a -> notify(a.id(), text, link, actionRequired, refKey));
	}

	public void complete(String refKey) {
		repository.findByRefKeyAndDoneAtIsNull(refKey).forEach(n -> n.markDone(clock.instant()));
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}
}
