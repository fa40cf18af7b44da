package org.cciais.platform.shared.web;

import java.net.URI;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The net under {@link ErrorHandling}: any problem+json an MVC handler answers without a {@code type} of its own
 * (none, or {@code about:blank}) gets the {@link ProblemKind} of its status, so no problem leaves without a {@code type}
 * and {@code code}.
 */
@ControllerAdvice
class ProblemTypes implements ResponseBodyAdvice<Object> {

	private static final URI BLANK = URI.create("about:blank");

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && (problem.getType() == null || BLANK.equals(problem.getType()))) {
			ProblemKind.of(problem.getStatus()).describe(problem);
		}
		return body;
	}
}
