package org.cciais.platform.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.cciais.platform.shared.InvalidInputException;
import org.cciais.platform.shared.PlatformException;
import org.cciais.platform.shared.TooManyAttemptsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One place that turns every failure into what the caller understands: {@code application/problem+json} with a
 * Chinese {@code detail} under {@code /api/}, an error page everywhere else. No input reaches a 500; only a bug does.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final MessageSource messages;

	public ErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PlatformException.class)
	Object platform(PlatformException ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof TooManyAttemptsException throttled && throttled.retryAfterSeconds() > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
		}
		if (ex instanceof InvalidInputException invalid && invalid.problems().size() > 1) {
			List<Map<String, String>> errors = invalid.problems()
				.stream()
				.map(p -> Map.of("field", p.field(), "message", message(p.messageKey(), p.args())))
				.toList();
			String detail = errors.stream().map(e -> e.get("message")).distinct().reduce((a, b) -> a + "；" + b)
				.orElse("");
			return respond(request, ProblemKind.of(ex), ex.status(), detail, errors, null);
		}
		String detail = message(ex.messageKey(), ex.args());
		List<Map<String, String>> errors = ex.field() == null ? null
				: List.of(Map.of("field", ex.field(), "message", detail));
		return respond(request, ProblemKind.of(ex), ex.status(), detail, errors, ProblemKind.reason(ex));
	}

	@ExceptionHandler(BindException.class)
	Object bind(BindException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", fieldMessage(e)))
			.toList();
		String detail = errors.isEmpty() ? message("error.invalidInput")
				: errors.stream().map(e -> e.get("message")).distinct().reduce((a, b) -> a + "；" + b).orElse("");
		return respond(request, HttpStatus.BAD_REQUEST, detail, errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object methodValidation(HandlerMethodValidationException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, message("error.invalidInput"), null);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	Object constraint(ConstraintViolationException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
			.toList();
		return respond(request, HttpStatus.BAD_REQUEST, message("error.invalidInput"), errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return respond(request, ProblemKind.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, message("error.unreadable"), null,
				null);
	}

	@ExceptionHandler({ MissingServletRequestPartException.class, MissingRequestValueException.class })
	Object missing(Exception ex, HttpServletRequest request) {
		String name = ex instanceof MissingServletRequestPartException m ? m.getRequestPartName() : null;
		return respond(request, HttpStatus.BAD_REQUEST, message("error.missingPart", name == null ? "" : name),
				name == null ? null : List.of(Map.of("field", name, "message", message("error.required"))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, message("error.typeMismatch", ex.getName()),
				List.of(Map.of("field", ex.getName(), "message", message("error.typeMismatch", ex.getName()))));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.PAYLOAD_TOO_LARGE, message("error.fileTooLarge"), null);
	}

	@ExceptionHandler(MultipartException.class)
	Object multipart(MultipartException ex, HttpServletRequest request) {
		return respond(request, ProblemKind.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, message("error.multipart"), null,
				null);
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class })
	Object concurrent(Exception ex, HttpServletRequest request) {
		return respond(request, ProblemKind.CONCURRENT_CHANGE, HttpStatus.CONFLICT, message("error.concurrentChange"),
				null, null);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
		log.info("integrity violation on {}: {}", request.getRequestURI(), ex.getMostSpecificCause().getMessage());
		return respond(request, ProblemKind.DUPLICATE, HttpStatus.CONFLICT, message("error.duplicate"), null, null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object denied(AccessDeniedException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.FORBIDDEN, message("error.forbidden"), null);
	}

	private Object framework(ErrorResponse ex, HttpServletRequest request) {
		HttpStatusCode status = ex.getStatusCode();
		String key = switch (status.value()) {
			case 404 -> "error.notFound";
			case 405 -> "error.methodNotAllowed";
			case 406, 415 -> "error.mediaType";
			default -> "error.invalidInput";
		};
		return respond(request, status, message(key), null);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse framework) {
			return framework(framework, request);
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, message("error.unexpected"), null);
	}

	private Object respond(HttpServletRequest request, HttpStatusCode status, String detail,
			List<Map<String, String>> errors) {
		return respond(request, ProblemKind.of(status.value()), status, detail, errors, null);
	}

	/** {@code kind} gives the problem its {@code type} and {@code code}; {@code reason} (a message key) may be null. */
	private Object respond(HttpServletRequest request, ProblemKind kind, HttpStatusCode status, String detail,
			List<Map<String, String>> errors, String reason) {
		if (isApi(request)) {
			ProblemDetail problem = kind.describe(ProblemDetail.forStatusAndDetail(status, detail));
			problem.setInstance(URI.create(request.getRequestURI()));
			if (reason != null) {
				problem.setProperty("reason", reason);
			}
			if (errors != null) {
				problem.setProperty("errors", errors);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		page.addObject("errors", errors);
		return page;
	}

	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

	private String fieldMessage(FieldError error) {
		return messages.getMessage(error, locale());
	}

	/** Resolves a message key (or returns literal text as it is). */
	public String message(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
