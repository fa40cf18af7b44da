package org.cciais.platform.application.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.PlatformPrincipal;
import org.cciais.platform.shared.web.FormRefusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the application pages share: turning a refusal into a clear Chinese flash message (never a stack trace) and
 * knowing where each role's copy of a case lives.
 */
@Component
class PageSupport {

	private final MessageSource messages;

	PageSupport(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs a page action; a refusal becomes the {@code failure} flash, success the {@code success} flash. */
	String run(RedirectAttributes flash, String redirect, String successText, Runnable action) {
		try {
			action.run();
			if (successText != null) {
				flash.addFlashAttribute("success", successText);
			}
		}
		catch (RuntimeException ex) {
			flash.addFlashAttribute("failure", describe(ex));
		}
		return "redirect:" + redirect;
	}

	/**
	 * Runs the post of one form of a page: a refusal becomes the {@code failure} flash (the summary at the top) and a
	 * {@link FormRefusal} (each message beside its field, the typed text kept), and the page opens at the form
	 * ({@code form} null: a client that did not say which form posted, such as a test or an old page).
	 */
	String run(RedirectAttributes flash, String redirect, String successText, String form, String fileField,
			Map<String, String> typed, Runnable action) {
		try {
			action.run();
			if (successText != null) {
				flash.addFlashAttribute("success", successText);
			}
			return "redirect:" + redirect;
		}
		catch (RuntimeException ex) {
			flash.addFlashAttribute("failure", describe(ex));
			FormRefusal.of(ex, messages, this::describe, form == null ? "" : form, fileField, typed).flash(flash);
			return "redirect:" + (form == null ? redirect : redirect.replaceFirst("#.*$", "") + "#" + form);
		}
	}

	/** The Chinese text of a refusal; unexpected failures are rethrown to the error page. */
	String describe(RuntimeException ex) {
		if (ex instanceof InvalidInputException invalid) {
			return invalid.problems()
				.stream()
				.map(p -> message(p.messageKey(), p.args()))
				.distinct()
				.collect(Collectors.joining("；"));
		}
		if (ex instanceof PlatformException platform) {
			return message(platform.messageKey(), platform.args());
		}
		if (ex instanceof ConcurrencyFailureException) {
			return message("application.page.concurrent");
		}
		if (ex instanceof DataIntegrityViolationException) {
			return message("error.duplicate");
		}
		throw ex;
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	/** The page of a case for the caller's role. */
	static String detailPath(PlatformPrincipal me, long id) {
		return basePath(me) + "/" + id;
	}

	static String basePath(PlatformPrincipal me) {
		return switch (me.role()) {
			case ENTERPRISE -> "/enterprise/progress";
			case REVIEW_ORG -> "/review-org/applications";
			case REVIEWER -> "/reviewer/applications";
			case EXPERT -> "/expert/applications";
			case CONSULTANT -> "/consultant/applications";
			case ADMIN -> "/admin/applications";
			case PERSON -> "/notifications";
		};
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
