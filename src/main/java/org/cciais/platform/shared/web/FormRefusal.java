package org.cciais.platform.shared.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PayloadTooLargeException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.UnsupportedFileException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused post of one form on a page that answers by redirect (post/redirect/get): which form of the page it was,
 * the Chinese message of each field it refused, and what the user had typed, so that the page shows the same form
 * again with each message beside its field and the text kept ({@code fragments/forms :: refusal}). A file cannot
 * be kept by a browser: its message says to choose it again. Serializable: the flash map lives in the session,
 * which Spring Session keeps in the database.
 *
 * @param form the {@code id} of the form on the page (also the anchor the page scrolls to)
 * @param errors message by field name; {@link #FORM} for the form as a whole (a state the case is no longer in)
 * @param values the typed text fields, by name
 */
public record FormRefusal(String form, Map<String, String> errors, Map<String, String> values) implements Serializable {

	/** The flash attribute the pages read. */
	public static final String ATTRIBUTE = "refused";

	/** The key of a message for the form as a whole. */
	public static final String FORM = "";

	public FormRefusal {
		errors = Map.copyOf(errors);
		values = values == null ? Map.of() : Map.copyOf(values);
	}

	/**
	 * The refusal of {@code ex}: each input problem belongs to the field it names (the storage module's {@code file}
	 * to this form's {@code fileField}), a file too large or of the wrong kind to {@code fileField}, anything else
	 * ({@code describe}d) to the form. A file refusal that names its field (a form with several files) goes there.
	 */
	public static FormRefusal of(RuntimeException ex, MessageSource messages, Function<RuntimeException, String> describe,
			String form, String fileField, Map<String, String> values) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (ex instanceof InvalidInputException invalid) {
			for (InvalidInputException.FieldProblem p : invalid.problems()) {
				String field = p.field() == null ? FORM : "file".equals(p.field()) ? fileField : p.field();
				errors.putIfAbsent(field, messages.getMessage(p.messageKey(), p.args(), p.messageKey(),
						LocaleContextHolder.getLocale()));
			}
		}
		else if (ex instanceof PayloadTooLargeException || ex instanceof UnsupportedFileException) {
			String field = ((PlatformException) ex).field();
			errors.put(field == null ? fileField : field, describe.apply(ex));
		}
		else {
			errors.put(FORM, describe.apply(ex));
		}
		return new FormRefusal(form, errors, values);
	}

	/** Flashes this refusal for the page the post redirects to. */
	public void flash(RedirectAttributes flash) {
		flash.addFlashAttribute(ATTRIBUTE, this);
	}

	/** The message of {@code formId}'s {@code field} ({@code null} or empty: of the form as a whole), or null. */
	public String message(String formId, String field) {
		return form.equals(formId) ? errors.get(field == null ? FORM : field) : null;
	}

	/** The typed value of {@code name} in {@code formId}, or null. */
	public String value(String formId, String name) {
		return form.equals(formId) ? values.get(name) : null;
	}
}
