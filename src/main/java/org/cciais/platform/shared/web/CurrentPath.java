package org.cciais.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the path it was requested with ({@code currentPath}), for the side menu's active item: Thymeleaf
 * 3.1 no longer lets templates read {@code #request}.
 */
@ControllerAdvice
class CurrentPath {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
