package org.cciais.platform.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.shared.ThrottledException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A throttled caller learns when to come back: 429 with {@code Retry-After} (seconds), problem+json or the page. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ThrottleHandling {

	private final ErrorHandling errors;

	ThrottleHandling(ErrorHandling errors) {
		this.errors = errors;
	}

	@ExceptionHandler(ThrottledException.class)
	Object throttled(ThrottledException ex, HttpServletRequest request) {
		String detail = errors.message(ex.messageKey(), ex.args());
		String seconds = String.valueOf(Math.max(1, ex.retryAfter().toSeconds()));
		if (ErrorHandling.isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, seconds)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("status", 429);
		page.addObject("detail", detail);
		return page;
	}
}
