package org.cciais.platform.notification.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cciais.platform.shared.web.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mail copy of a notification when {@code cciais.mail.enabled}: rendered from {@code templates/mail/} (HTML
 * and text parts) and put in the {@link MailOutbox}, which sends it after commit and retries while the SMTP server
 * is down; a failing mail server never breaks the business action.
 */
@Component
public class Mailer {

	private final MailOutbox outbox;
	private final MailTemplates templates;
	private final MailProperties properties;
	private final String baseUrl;

	Mailer(MailOutbox outbox, MailTemplates templates, MailProperties properties,
			@Value("${cciais.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.properties = properties;
		this.baseUrl = baseUrl;
	}

	public boolean isEnabled() {
		return properties.enabled();
	}

	/**
	 * The e-mail copy of a to-do or notice: a greeting with the recipient's name, the text, and the address of the
	 * page where the action is done, in the recipient's {@code language}. {@code dedupKey} (e.g. {@code notification:42}) makes it once-only.
	 */
	public void send(String to, String recipientName, String subject, String text, String link,
			boolean actionRequired, String dedupKey, Locale language) {
		if (!isEnabled() || to == null || to.isBlank()) {
			return;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("name", recipientName == null ? "" : recipientName);
		model.put("subject", subject);
		model.put("text", text);
		model.put("link", link == null ? null : baseUrl + link);
		model.put("actionRequired", actionRequired);
		MailTemplates.Rendered mail = templates.render("notification", model, language);
		outbox.enqueue(dedupKey, to, subject, mail.text(), mail.html());
	}

	/** A plain e-mail: the text, then the absolute address of {@code link} when there is one. */
	public void send(String to, String subject, String text, String link) {
		send(to, null, subject, text, link, false, "plain:" + UUID.randomUUID(), Languages.CHINESE);
	}
}
