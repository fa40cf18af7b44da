package org.cciais.platform.shared.web;

import org.cciais.platform.shared.InvalidInputException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusal beside the form fields it names, so a page can re-show the form with every message
 * where it belongs ({@code th:errors}); a refusal for a field the form does not have becomes a global error.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInputException ex, BindingResult result) {
		for (InvalidInputException.FieldProblem problem : ex.problems()) {
			reject(result, problem.field(), problem.messageKey(), problem.args());
		}
	}

	public static void reject(BindingResult result, String field, String messageKey, Object... args) {
		if (field != null && !result.hasFieldErrors(field)) {
			try {
				result.rejectValue(field, messageKey, args, messageKey);
				return;
			}
			catch (NotReadablePropertyException ex) {
				// not a field of this form: shown above the form instead
			}
		}
		if (field == null || !result.hasFieldErrors(field)) {
			result.reject(messageKey, args, messageKey);
		}
	}
}
