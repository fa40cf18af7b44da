package org.cciais.platform.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mail copy of a notification over SMTP when {@code cciais.mail.enabled}; a failing mail server never
 * breaks the business action (the to-do is already stored).
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final NotificationTexts texts;
	private final boolean enabled;
	private final String from;
	private final String baseUrl;

	Mailer(ObjectProvider<JavaMailSender> sender, NotificationTexts texts,
			@Value("${cciais.mail.enabled:false}") boolean enabled, @Value("${cciais.mail.from}") String from,
			@Value("${cciais.base-url}") String baseUrl) {
		this.sender = sender;
		this.texts = texts;
		this.enabled = enabled;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * The e-mail copy of a to-do or notice: a greeting with the recipient's name, the text, and the address of the
	 * page where the action is done.
	 */
	public void send(String to, String recipientName, String subject, String text, String link,
			boolean actionRequired) {
		StringBuilder body = new StringBuilder()
			.append(texts.get("notification.mail.greeting", recipientName == null ? "" : recipientName))
			.append("\n\n")
			.append(text)
			.append("\n\n");
		if (link != null) {
			body.append(texts.get(actionRequired ? "notification.mail.actionLink" : "notification.mail.detailLink"))
				.append(baseUrl)
				.append(link)
				.append("\n\n");
		}
		body.append(texts.get("notification.mail.footer"));
		sendPlain(to, subject, body.toString());
	}

	/** A plain e-mail: the text, then the absolute address of {@code link} when there is one. */
	public void send(String to, String subject, String text, String link) {
		sendPlain(to, subject, link == null ? text : text + "\n\n" + baseUrl + link);
	}

	private void sendPlain(String to, String subject, String body) {
		JavaMailSender mail = sender.getIfAvailable();
		if (!enabled || mail == null || to == null || to.isBlank()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			mail.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not send notification mail: {}", ex.getMessage());
		}
	}
}
