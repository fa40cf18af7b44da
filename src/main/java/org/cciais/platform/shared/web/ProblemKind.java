package org.cciais.platform.shared.web;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of refusal an integrator can tell apart without reading the Chinese {@code detail}: each is a stable
 * problem {@code type} URI ({@code https://cciais.org/problems/<slug>}) and a machine-readable {@code code} (the
 * upper-case name), added to every problem+json the API answers (docs/API.md, "Problem types").
 */
public enum ProblemKind {

	VALIDATION_FAILED(400), MALFORMED_REQUEST(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404),
	METHOD_NOT_ALLOWED(405), NOT_ACCEPTABLE(406), INVALID_STATE(409), DUPLICATE(409), CONCURRENT_CHANGE(409),
	PAYLOAD_TOO_LARGE(413), UNSUPPORTED_MEDIA_TYPE(415), TOO_MANY_REQUESTS(429), REQUEST_REFUSED(400),
	INTERNAL_ERROR(500);

	public static final String BASE = "https://cciais.org/problems/";

	/** Conflicts that mean "this already exists" rather than "not in this state". */
	private static final Set<String> DUPLICATE_KEYS = Set.of("reviewer.conflict.duplicate",
			"organization.relationship.duplicate", "error.duplicate");

	/** A message key (as opposed to literal text), answered as {@code reason}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

	private final int status;

	ProblemKind(int status) {
		this.status = status;
	}

	/** The HTTP status this kind is answered with. */
	public int status() {
		return status;
	}

	public URI type() {
		return URI.create(BASE + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
	}

	public String code() {
		return name();
	}

	/** Sets {@code type} and {@code code} (the other fields stay as they are). */
	public ProblemDetail describe(ProblemDetail problem) {
		problem.setType(type());
		problem.setProperty("code", code());
		return problem;
	}

	/** The kind of a status when nothing more precise is known. */
	public static ProblemKind of(int status) {
		return switch (status) {
			case 400 -> VALIDATION_FAILED;
			case 401 -> UNAUTHENTICATED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> INVALID_STATE;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 429 -> TOO_MANY_REQUESTS;
			default -> status >= 500 ? INTERNAL_ERROR : REQUEST_REFUSED;
		};
	}

	/** The kind of a platform refusal: its status, a 409 told apart by what it refuses. */
	public static ProblemKind of(PlatformException ex) {
		if (ex instanceof InvalidInputException) {
			return VALIDATION_FAILED;
		}
		if (ex.status() == HttpStatus.CONFLICT) {
			if ("error.concurrentChange".equals(ex.messageKey())) {
				return CONCURRENT_CHANGE;
			}
			if (DUPLICATE_KEYS.contains(ex.messageKey()) || ex.getClass().getSimpleName().startsWith("Duplicate")) {
				return DUPLICATE;
			}
		}
		return of(ex.status().value());
	}

	/** The finer, stable name of the rule a platform refusal applies (its message key), or null for literal text. */
	public static String reason(PlatformException ex) {
		String key = ex.messageKey();
		return key != null && MESSAGE_KEY.matcher(key).matches() ? key : null;
	}
}
