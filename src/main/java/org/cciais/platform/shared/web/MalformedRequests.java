package org.cciais.platform.shared.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Answers what fails before any controller sees it, instead of letting it become a 500: a query string or form body
 * whose percent-encoding is malformed ({@code ?number=%}) gets a 400 (problem+json under {@code /api/}, the error
 * page elsewhere), since Tomcat refuses to parse such parameters for every later reader; and {@code /error} called
 * directly (not as an error dispatch) is a page that does not exist. Multipart bodies are left to the upload
 * handling.
 */
@Component
// Right after Boot's CharacterEncodingFilter (HIGHEST_PRECEDENCE): parameters parsed before it would be read as
// ISO-8859-1 for good. Still before the session and security filters, which read parameters too.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedRequests extends OncePerRequestFilter {

	private final MessageSource messages;
	private final SpringTemplateEngine templates;

	MalformedRequests(MessageSource messages, SpringTemplateEngine templates) {
		this.messages = messages;
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.REQUEST && "/error".equals(path(request))) {
			refuse(request, response, 404, "error.notFound");
			return;
		}
		if (!isMultipart(request)) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException | IllegalArgumentException ex) {
				boolean tooLarge = ex instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413;
				refuse(request, response, tooLarge ? 413 : 400,
						tooLarge ? "error.requestTooLarge" : "error.malformedRequest");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException {
		String detail = messages.getMessage(key, null, key, Languages.of(request));
		if (ErrorHandling.isApi(request)) {
			ProblemWriter.write(response, status, detail);
			return;
		}
		WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), Languages.of(request));
		page.setVariable("status", status);
		page.setVariable("detail", detail);
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		templates.process("error/problem", page, response.getWriter());
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}
}
