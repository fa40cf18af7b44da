package org.cciais.platform.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * 400: input that breaks a rule; {@link #field()} names the field shown beside the message. Several fields at once
 * go through {@link Collector}.
 */
public class InvalidInputException extends PlatformException {

	/** One refused field: a message key of messages.properties (or literal text) with its arguments. */
	public record FieldProblem(String field, String messageKey, Object... args) {
	}

	private final transient List<FieldProblem> problems;

	public InvalidInputException(String field, String messageKey, Object... args) {
		super(messageKey, field, args);
		this.problems = List.of(new FieldProblem(field, messageKey, args));
	}

	private InvalidInputException(List<FieldProblem> problems) {
		super(problems.get(0).messageKey(), problems.get(0).field(), problems.get(0).args());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

	/** Collects every refused field of a form, so the user sees them all at once. */
	public static final class Collector {

		private final List<FieldProblem> problems = new ArrayList<>();

		public Collector reject(String field, String messageKey, Object... args) {
			problems.add(new FieldProblem(field, messageKey, args));
			return this;
		}

		public boolean has(String field) {
			return problems.stream().anyMatch(p -> p.field().equals(field));
		}

		public void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
		}
	}
}
