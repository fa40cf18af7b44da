package org.cciais.platform.shared.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The post of a page form answered by redirect (post/redirect/get): success becomes the {@code success} flash; a
 * refusal becomes the {@code failure} flash (the summary at the top of the page) and a {@link FormRefusal} (each
 * message beside its field, the typed text kept), and the page opens at the refused form. Unexpected failures are
 * not refusals: they are rethrown to the error page.
 */
@Component
public class FormPosts {

	private final MessageSource messages;

	FormPosts(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs an action of a page that has no form to point at; a refusal is the {@code failure} flash only. */
	public String run(RedirectAttributes flash, String redirect, String successText, Runnable action) {
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
	 * Runs the post of the form {@code form} ({@code null}: a client that did not say which form posted, such as a
	 * test or an old page); {@code fileField} is the form's file input, {@code typed} the text the user typed.
	 */
	public String run(RedirectAttributes flash, String redirect, String successText, String form, String fileField,
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

	/** The Chinese text of a refusal; anything that is not a refusal is rethrown. */
	public String describe(RuntimeException ex) {
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
			return message("error.concurrentChange");
		}
		if (ex instanceof DataIntegrityViolationException) {
			return message("error.duplicate");
		}
		throw ex;
	}

	public String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
