package org.cciais.platform.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cciais.platform.account.AccountManagement;
import org.cciais.platform.account.AccountView;
import org.cciais.platform.shared.NotFoundException;
import org.cciais.platform.shared.web.Sortable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates to-dos and notices for accounts (and their e-mail copies), marks to-dos done when the awaited action
 * happened, and answers each account's own list. Every look-up on behalf of a user is scoped to that user's
 * account: someone else's notification is "not found".
 */
@Service
@Transactional
public class NotificationCenter {

	static final int TEXT_LENGTH = 1000;

	private final NotificationRepository repository;
	private final AccountManagement accounts;
	private final Mailer mailer;
	private final NotificationTexts texts;
	private final Clock clock;
	private final NamedParameterJdbcTemplate jdbc;

	NotificationCenter(NotificationRepository repository, AccountManagement accounts, Mailer mailer,
			NotificationTexts texts, Clock clock, NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.accounts = accounts;
		this.mailer = mailer;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Notifies one account. With a {@code refKey}, the same key for the same account is stored once (idempotent
	 * for redelivered events and re-run reminder jobs); {@link #complete} closes every to-do with that key.
	 */
	public void notify(long accountId, String text, String link, boolean actionRequired, String refKey) {
		accounts.findById(accountId)
			.ifPresent(a -> notify(a, new Message(null, Text.literal(text), link, actionRequired, refKey, null, null)));
	}

	public void notifyAll(List<AccountView> recipients, String text, String link, boolean actionRequired,
			String refKey) {
		recipients.forEach(a -> notify(a, new Message(null, Text.literal(text), link, actionRequired, refKey, null, null)));
	}

	public void notifyAll(Collection<AccountView> recipients, Message message) {
		recipients.forEach(a -> notify(a, message));
	}

	/**
	 * Notifies each recipient that has no notification with the message's reference key yet (reminder jobs);
	 * returns how many were notified now.
	 */
	public int notifyOnce(Collection<AccountView> recipients, Message message) {
		int sent = 0;
		for (AccountView a : recipients) {
			if (!repository.existsByRefKeyAndAccountId(message.refKey(), a.id())) {
				notify(a, message);
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Stores the message for the account (once per refKey) and e-mails it after the transaction commits, both in
	 * the recipient's language: the text is stored as they read it, so rows written before stay as they were.
	 */
	public void notify(AccountView recipient, Message message) {
		if (message.refKey() != null && repository.existsByRefKeyAndAccountId(message.refKey(), recipient.id())) {
			return;
		}
		String text = readable(recipient, message);
		Notification saved = repository.save(new Notification(recipient.id(),
				message.at() == null ? clock.instant() : message.at(), text, message.link(), message.actionRequired(),
				message.refKey(), message.topic()));
		mail(recipient, message, text, saved.getId());
	}

	/** One message for one account. */
	public record Addressed(AccountView recipient, Message message) {
	}

	/**
	 * {@link #notify(AccountView, Message)} for many messages at once (a batch of the deadline sweep): the stored
	 * reference keys looked up in one query, the new notifications written as one JDBC batch, each mailed as before.
	 * A key that comes twice for one account is stored once, as one message after the other would be.
	 */
	public void notifyEach(List<Addressed> messages) {
		Set<String> refKeys = new HashSet<>();
		messages.stream().map(m -> m.message().refKey()).filter(Objects::nonNull).forEach(refKeys::add);
		Set<Keyed> stored = new HashSet<>();
		if (!refKeys.isEmpty()) {
			jdbc.query("select account_id, ref_key from notifications where ref_key in (:refKeys)",
					new MapSqlParameterSource("refKeys", refKeys),
					rs -> {
						stored.add(new Keyed(rs.getLong(1), rs.getString(2)));
					});
		}
		List<Addressed> written = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<MapSqlParameterSource> rows = new ArrayList<>();
		for (Addressed m : messages) {
			Message message = m.message();
			if (message.refKey() != null && !stored.add(new Keyed(m.recipient().id(), message.refKey()))) {
				continue;
			}
			String text = readable(m.recipient(), message);
			written.add(m);
			texts.add(text);
			rows.add(new MapSqlParameterSource("accountId", m.recipient().id())
				.addValue("createdAt", Timestamp.from(message.at() == null ? clock.instant() : message.at()))
				.addValue("text", text)
				.addValue("link", message.link())
				.addValue("actionRequired", message.actionRequired())
				.addValue("refKey", message.refKey())
				.addValue("topic", message.topic()));
		}
		if (rows.isEmpty()) {
			return;
		}
		MapSqlParameterSource[] batch = rows.toArray(MapSqlParameterSource[]::new);
		if (!mailer.isEnabled()) {
			jdbc.batchUpdate(INSERT, batch);
			return;
		}
		// the mails' once-only keys name the stored notifications, so their ids come back from the batch
		GeneratedKeyHolder ids = new GeneratedKeyHolder();
		jdbc.batchUpdate(INSERT, batch, ids, new String[] { "id" });
		List<Map<String, Object>> keys = ids.getKeyList();
		for (int i = 0; i < written.size(); i++) {
			long id = ((Number) keys.get(i).get(keys.get(i).containsKey("id") ? "id" : "ID")).longValue();
			mail(written.get(i).recipient(), written.get(i).message(), texts.get(i), id);
		}
	}

	private static final String INSERT = "insert into notifications (account_id, created_at, text, link, "
			+ "action_required, ref_key, topic) values (:accountId, :createdAt, :text, :link, :actionRequired, "
			+ ":refKey, :topic)";

	private record Keyed(long accountId, String refKey) {
	}

	/* The text as the recipient reads it, cut to the column. */
	private String readable(AccountView recipient, Message message) {
		String full = texts.render(message.text(), recipient.language());
		return full.length() <= TEXT_LENGTH ? full : full.substring(0, TEXT_LENGTH - 1) + "…";
	}

	private void mail(AccountView recipient, Message message, String text, long notificationId) {
		if (mailer.isEnabled()) {
			Locale language = recipient.language();
			String subject = texts.render(message.subject() != null ? message.subject()
					: texts.get(message.actionRequired() ? "notification.mail.subject.todo"
							: "notification.mail.subject.notice", abbreviate(text)), language);
			// written with the notification, sent after commit: one mail per stored notification
			mailer.send(recipient.email(), recipient.displayName(), subject, text, message.link(),
					message.actionRequired(), "notification:" + notificationId, language);
		}
	}

	/**
	 * {@link #completeTopic} for many cases in one query and one update: each topic with the prefix of its own
	 * current step.
	 */
	public int completeTopics(Map<String, String> keepPrefixByTopic) {
		if (keepPrefixByTopic.isEmpty()) {
			return 0;
		}
		List<Long> ids = repository.findByTopicInAndActionRequiredTrueAndDoneAtIsNull(keepPrefixByTopic.keySet())
			.stream()
			.filter(n -> {
				String keepPrefix = keepPrefixByTopic.get(n.getTopic());
				return keepPrefix == null || n.getRefKey() == null || !n.getRefKey().startsWith(keepPrefix);
			})
			.map(Notification::getId)
			.toList();
		return ids.isEmpty() ? 0 : repository.markDone(ids, clock.instant());
	}

	/** Marks every open to-do with this key done. */
	public void complete(String refKey) {
		List<Long> ids = repository.findByRefKeyAndDoneAtIsNull(refKey).stream().map(Notification::getId).toList();
		if (!ids.isEmpty()) {
			repository.markDone(ids, clock.instant());
		}
	}

	/**
	 * Marks the open to-dos of a case done, except those whose key starts with {@code keepPrefix} (the step that
	 * is current now); returns how many were closed.
	 */
	public int completeTopic(String topic, String keepPrefix) {
		List<Long> ids = repository.findByTopicAndActionRequiredTrueAndDoneAtIsNull(topic)
			.stream()
			.filter(n -> keepPrefix == null || n.getRefKey() == null || !n.getRefKey().startsWith(keepPrefix))
			.map(Notification::getId)
			.toList();
		return ids.isEmpty() ? 0 : repository.markDone(ids, clock.instant());
	}

	/** The account's own list, newest first (the latest 200). */
	@Transactional(readOnly = true)
	public List<NotificationView> latest(long accountId) {
		return repository.findTop200ByAccountIdOrderByCreatedAtDescIdDesc(accountId)
			.stream()
			.map(NotificationView::of)
			.toList();
	}

	/** Sortable columns of 通知提醒; unsorted, the newest first (as it always was). */
	public static final Sortable SORT = Sortable
		.by(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("createdAt"),
				org.springframework.data.domain.Sort.Order.desc("id")))
		.field("createdAt")
		.shownAs("createdAt", org.springframework.data.domain.Sort.Direction.DESC);

	/** One page of the account's own list, in the database; see {@link #SORT}. */
	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<NotificationView> page(long accountId,
			org.springframework.data.domain.Pageable pageable) {
		return repository.findByAccountId(accountId, pageable).map(NotificationView::of);
	}

	/** To-dos still waiting for the account's action (待办). */
	@Transactional(readOnly = true)
	public long pendingCount(long accountId) {
		return repository.countByAccountIdAndActionRequiredTrueAndDoneAtIsNull(accountId);
	}

	/** Marks one of the account's own notifications read and returns it; anyone else's is not found. */
	public NotificationView markRead(long id, long accountId) {
		Notification n = repository.findByIdAndAccountId(id, accountId)
			.orElseThrow(() -> new NotFoundException("notification.notFound"));
		repository.markRead(id, accountId, clock.instant());
		return new NotificationView(n.getId(), n.getCreatedAt(), n.getText(), n.getLink(), n.isActionRequired(),
				n.isPending(), n.isDone(), true);
	}

	public int markAllRead(long accountId) {
		return repository.markAllRead(accountId, clock.instant());
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}
}
