package org.cciais.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the path it was requested with ({@code currentPath}), for the side menu's active item (Thymeleaf
 * 3.1 no longer lets templates read {@code #request}), and who is looking ({@code viewer}, null when nobody is logged
 * in), for the layout's role menu. The layout reads {@code viewer.role()} instead of {@code sec:authorize}: each
 * {@code sec:authorize} parses and evaluates a security expression per page, an eighth of a list page's CPU
 * (bench/RESULTS.md, 2026-12-03).
 */
@ControllerAdvice
class CurrentPath {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("viewer")
	PlatformPrincipal viewer(PlatformPrincipal me) {
		return me;
	}
}
