package org.cciais.platform.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.cciais.platform.shared.Industry;
import org.cciais.platform.shared.Level;
import org.cciais.platform.shared.PlatformClock;
import org.cciais.platform.shared.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of to-dos, notices and e-mails, from {@code i18n/notification.properties}: built as {@link Text}s and
 * put in the recipient's language by {@link #render}.
 */
@Component
public class NotificationTexts {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(PlatformClock.ZONE);

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	public Text get(String key, Object... args) {
		return Text.of(key, args);
	}

	/** 金融行业三级资质申请 */
	public Text subject(Industry industry, Level level) {
		return get("notification.subject", industry, level);
	}

	/** The text in {@code language} (Chinese or English). */
	public String render(Text text, Locale language) {
		return messages.getMessage(text, Languages.supported(language));
	}

	/** An instant as people in Beijing read it, to the minute: 2026-12-02 18:00. */
	public static String minutes(Instant instant) {
		return MINUTES.format(instant);
	}
}
