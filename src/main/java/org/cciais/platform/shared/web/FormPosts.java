package org.cciais.platform.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.cciais.platform.shared.ConflictException;
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
 * not refusals: they are rethrown to the error page. The one helper of every page module: the pages that answer
 * without a redirect use its texts ({@link #describe}, {@link #sentence}, {@link #fields}).
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
			succeeded(flash, successText);
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
			succeeded(flash, successText);
			return "redirect:" + redirect;
		}
		catch (RuntimeException ex) {
			flash.addFlashAttribute("failure", describe(ex));
			return refused(flash, redirect, ex, form, fileField, typed);
		}
	}

	/**
	 * As {@link #run(RedirectAttributes, String, String, String, String, Map, Runnable)}, but the refusal is said
	 * only beside the form's fields, with no summary at the top (a page of several forms where the top would not
	 * say which one was refused).
	 */
	public String runBesideFields(RedirectAttributes flash, String redirect, String successText, String form,
			String fileField, Map<String, String> typed, Runnable action) {
		try {
			action.run();
			succeeded(flash, successText);
			return "redirect:" + redirect;
		}
		catch (RuntimeException ex) {
			describe(ex); // what is not a refusal goes to the error page
			return refused(flash, redirect, ex, form, fileField, typed);
		}
	}

	/**
	 * Runs the post of a form whose page reads its refusal from the flash {@code error_<form>} (one line beside the
	 * form, the page not moved). Only input and state refusals are refusals here: a case that is not found or not
	 * the caller's goes to the error page (404 / 403).
	 */
	public String runWithErrorFlash(RedirectAttributes flash, String redirect, String successText, String form,
			Runnable action) {
		try {
			action.run();
			succeeded(flash, successText);
		}
		catch (InvalidInputException | ConflictException ex) {
			flash.addFlashAttribute("error_" + form, describe(ex));
		}
		return "redirect:" + redirect;
	}

	/** The refusal of one form of a page, each message beside its field (see {@link FormRefusal}). */
	public FormRefusal refusal(RuntimeException ex, String form, String fileField, Map<String, String> typed) {
		return FormRefusal.of(ex, messages, this::describe, form, fileField, typed);
	}

	/**
	 * The text of a refusal in the reader's language, the input problems joined by 「；」 ({@code "; "} in English);
	 * anything that is not a refusal is rethrown.
	 */
	public String describe(RuntimeException ex) {
		if (ex instanceof InvalidInputException invalid) {
			return invalid.problems()
				.stream()
				.map(p -> message(p.messageKey(), p.args()))
				.distinct()
				.collect(Collectors.joining(Punctuation.current().separator));
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

	/**
	 * A refusal as one sentence in the reader's punctuation: the input problems (of each field, then of all fields)
	 * joined by 「；」 with a single 「。」 at the end (never 「。；」), in English by {@code "; "} with a single
	 * {@code "."}; any other refusal as {@link #describe} says it.
	 */
	public String sentence(RuntimeException ex) {
		if (ex instanceof InvalidInputException invalid) {
			Punctuation punctuation = Punctuation.current();
			return fields(invalid).values()
				.stream()
				.distinct()
				.map(Punctuation::withoutFullStop)
				.collect(Collectors.joining(punctuation.separator)) + punctuation.fullStop;
		}
		return describe(ex);
	}

	/**
	 * The messages of an input refusal by field, the messages of one field joined by 「；」 ({@code "; "} in English;
	 * a page rendered again).
	 */
	public Map<String, String> fields(InvalidInputException ex) {
		String separator = Punctuation.current().separator;
		Map<String, String> byField = new LinkedHashMap<>();
		ex.problems()
			.forEach(p -> byField.merge(p.field(), message(p.messageKey(), p.args()), (a, b) -> a + separator + b));
		return byField;
	}

	public String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static void succeeded(RedirectAttributes flash, String successText) {
		if (successText != null) {
			flash.addFlashAttribute("success", successText);
		}
	}

	private String refused(RedirectAttributes flash, String redirect, RuntimeException ex, String form,
			String fileField, Map<String, String> typed) {
		refusal(ex, form == null ? "" : form, fileField, typed).flash(flash);
		return "redirect:" + (form == null ? redirect : redirect.replaceFirst("#.*$", "") + "#" + form);
	}

	/** How the reader's language joins the parts of a sentence and ends it. */
	private enum Punctuation {

		CHINESE("；", "。"), ENGLISH("; ", ".");

		final String separator;
		final String fullStop;

		Punctuation(String separator, String fullStop) {
			this.separator = separator;
			this.fullStop = fullStop;
		}

		static Punctuation current() {
			return Languages.supported(LocaleContextHolder.getLocale()).equals(Languages.ENGLISH) ? ENGLISH : CHINESE;
		}

		static String withoutFullStop(String text) {
			return text.endsWith("。") || text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
		}
	}
}
