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
	private final boolean enabled;
	private final String from;
	private final String baseUrl;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${cciais.mail.enabled:false}") boolean enabled,
			@Value("${cciais.mail.from}") String from, @Value("${cciais.base-url}") String baseUrl) {
		this.sender = sender;
		this.enabled = enabled;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	public void send(String to, String subject, String text, String link) {
		JavaMailSender mail = sender.getIfAvailable();
		if (!enabled || mail == null || to == null || to.isBlank()) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(link == null ? text : text + "\n\n" + baseUrl + link);
		try {
			mail.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not send notification mail: {}", ex.getMessage());
		}
	}
}
